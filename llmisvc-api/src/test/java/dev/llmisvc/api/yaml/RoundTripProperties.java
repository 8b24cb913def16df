package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.v1alpha2.LLMInferenceServiceSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** parse(write(x)) == x for generated specs, through YAML, JSON and trees. */
class RoundTripProperties {
  @Property(tries = 500)
  void yamlJsonAndTreeRoundTripsGiveAnEqualSpec(@ForAll("specs") LLMInferenceServiceSpec spec) {
    assertThat(LlmisvcMapper.read(LlmisvcMapper.writeYaml(spec), LLMInferenceServiceSpec.class))
        .isEqualTo(spec);
    assertThat(LlmisvcMapper.read(LlmisvcMapper.writeJson(spec), LLMInferenceServiceSpec.class))
        .isEqualTo(spec);
    assertThat(LlmisvcMapper.fromTree(LlmisvcMapper.toTree(spec), LLMInferenceServiceSpec.class))
        .isEqualTo(spec);
  }

  @Provide
  Arbitrary<LLMInferenceServiceSpec> specs() {
    Arbitrary<String> names = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
    Arbitrary<Optional<Integer>> counts = Arbitraries.integers().between(0, 64).optional();
    Arbitrary<Optional<Boolean>> flags = Arbitraries.of(true, false).optional();
    // printable ASCII: colons, hashes, quotes, "yes", "0E0", "~" ... must all survive quoting
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(10);
    Arbitrary<Map<String, String>> labels = Arbitraries.maps(text, text).ofMaxSize(3);
    Arbitrary<Optional<List<String>>> containers = text.list().ofMaxSize(3).optional();
    Arbitrary<Integer> presence = Arbitraries.integers().between(0, 63);
    return Combinators.combine(
            names, counts, counts, flags, labels, containers, presence, names.list().ofMaxSize(3))
        .as(
            (name, replicas, tensor, expert, podLabels, pod, bits, refs) -> {
              LLMInferenceServiceSpec.Builder b = LLMInferenceServiceSpec.builder();
              b.model(m -> m.uri("hf://org/" + name).name(name));
              b.replicas(replicas);
              if (tensor.isPresent() || expert.isPresent()) {
                b.parallelism(p -> p.tensor(tensor).expert(expert));
              }
              b.labels(podLabels);
              pod.ifPresent(
                  cs -> {
                    PodSpecBuilder ps = new PodSpecBuilder();
                    cs.forEach(
                        c ->
                            ps.addNewContainer()
                                .withName(c)
                                .withImage(c)
                                .withArgs("--served-model-name", c)
                                .withNewResources()
                                .addToLimits("nvidia.com/gpu", new Quantity("1"))
                                .endResources()
                                .endContainer());
                    b.template(ps.build());
                  });
              if ((bits & 1) != 0) {
                b.router(
                    r -> {
                      if ((bits & 2) != 0) {
                        r.route(x -> {});
                      }
                      if ((bits & 4) != 0) {
                        r.gateway(x -> {});
                      }
                      if ((bits & 8) != 0) {
                        r.scheduler(s -> s.replicas(replicas.orElse(1)));
                      }
                    });
              }
              if ((bits & 16) != 0) {
                b.prefill(p -> p.replicas(replicas).labels(podLabels));
              }
              if ((bits & 32) != 0) {
                b.tracing(t -> {});
              }
              refs.forEach(b::addBaseRefs);
              return b.build();
            });
  }
}
