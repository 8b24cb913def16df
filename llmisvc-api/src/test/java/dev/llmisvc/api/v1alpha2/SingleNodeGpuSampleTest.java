package dev.llmisvc.api.v1alpha2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.Trees;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CLI's sample (llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml) parses and
 * equals the same service written with the builders. Read by path because the examples module
 * depends on this one, not the other way round.
 */
class SingleNodeGpuSampleTest {
  private static final Path SAMPLE =
      Path.of("../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml");

  @Test
  void sampleEqualsTheServiceBuiltWithBuilders() throws Exception {
    LLMInferenceService sample = LlmisvcMapper.read(SAMPLE, LLMInferenceService.class);

    LLMInferenceService built =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen2-7b-instruct").withNamespace("llm"))
            .spec(
                s ->
                    s.model(
                            m ->
                                m.uri("hf://Qwen/Qwen2.5-7B-Instruct")
                                    .name("Qwen/Qwen2.5-7B-Instruct"))
                        .replicas(3)
                        .template(
                            t ->
                                t.addNewContainer()
                                    .withName("main")
                                    .withNewResources()
                                    .addToRequests("cpu", new Quantity("2"))
                                    .addToRequests("memory", new Quantity("16Gi"))
                                    .addToRequests("nvidia.com/gpu", new Quantity("1"))
                                    .addToLimits("cpu", new Quantity("4"))
                                    .addToLimits("memory", new Quantity("32Gi"))
                                    .addToLimits("nvidia.com/gpu", new Quantity("1"))
                                    .endResources()
                                    .endContainer())
                        .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build();

    assertThat(sample).isEqualTo(built);
    Trees.assertSameDocument(
        LlmisvcMapper.toTree(sample), LlmisvcMapper.yaml().readTree(Files.readString(SAMPLE)));
  }
}
