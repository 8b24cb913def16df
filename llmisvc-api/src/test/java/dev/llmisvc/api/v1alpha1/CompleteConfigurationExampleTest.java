package dev.llmisvc.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.Seeds;
import dev.llmisvc.api.Trees;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The guide's "Complete Configuration Example" written with the Java builders. */
class CompleteConfigurationExampleTest {
  /** One leader/worker pod, as in the guide (both are the same). */
  private static final Consumer<PodSpecBuilder> VLLM_POD =
      pod ->
          pod.addNewContainer()
              .withName("main")
              .withImage("vllm/vllm-openai:latest")
              .withArgs("--model", "/mnt/models", "--tensor-parallel-size", "4")
              .withNewResources()
              .addToLimits("nvidia.com/gpu", new Quantity("4"))
              .addToLimits("rdma/roce", new Quantity("1"))
              .endResources()
              .endContainer();

  @Test
  void builtWithBuildersEqualsTheParsedYaml() {
    // The guide's "criticality: High" is not a KServe value (see SeedExamplesTest); Critical
    // stands in for it so that the rest of the example can be compared.
    String yaml =
        Seeds.text("/seeds/000-complete-configuration-example.yaml")
            .replace("criticality: High", "criticality: Critical");
    LLMInferenceService parsed = LlmisvcMapper.read(yaml, LLMInferenceService.class);

    LLMInferenceService built =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("llama-70b-production").withNamespace("production"))
            .spec(
                spec ->
                    spec.model(
                            model ->
                                model
                                    .uri("hf://meta-llama/Llama-2-70b-hf")
                                    .name("meta-llama/Llama-2-70b-hf")
                                    .criticality(Criticality.CRITICAL))
                        .parallelism(p -> p.tensor(4).data(8).dataLocal(4))
                        .replicas(2)
                        .template(VLLM_POD)
                        .worker(VLLM_POD)
                        .router(
                            router ->
                                router
                                    .gateway(gateway -> {})
                                    .route(
                                        route ->
                                            route.http(
                                                http ->
                                                    http.spec(
                                                        s ->
                                                            s.addNewRule()
                                                                .withNewTimeouts()
                                                                .withRequest("300s")
                                                                .withBackendRequest("300s")
                                                                .endTimeouts()
                                                                .endRule())))
                                    .scheduler(scheduler -> {})))
            .build();

    assertThat(built).isEqualTo(parsed);
    Trees.assertSameDocument(LlmisvcMapper.toTree(built), LlmisvcMapper.toTree(parsed));
  }
}
