package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.v1alpha2.LLMInferenceServiceSpec;
import org.junit.jupiter.api.Test;

/** Empty objects are meaningful in KServe ("managed", "on") and must survive a round trip. */
class PresenceMarkersTest {
  private static final String MARKERS =
      """
      router:
        route: {}
        gateway: {}
        ingress: {}
        scheduler:
          pool: {}
          config: {}
          tokenizer: {}
      prefill: {}
      tracing: {}
      storageInitializer: {}
      template: {}
      worker:
        containers: []
      """;

  @Test
  void emptyObjectsAndEmptyEmbeddedListsAreWrittenBack() {
    LLMInferenceServiceSpec spec = LlmisvcMapper.read(MARKERS, LLMInferenceServiceSpec.class);

    assertThat(LlmisvcMapper.writeYaml(spec))
        .isEqualTo(
            """
            storageInitializer: {}
            template: {}
            worker:
              containers: []
            router:
              route: {}
              gateway: {}
              ingress: {}
              scheduler:
                pool: {}
                config: {}
                tokenizer: {}
            prefill: {}
            tracing: {}
            """);
    assertThat(spec.router().orElseThrow().route()).isPresent();
    assertThat(spec.prefill()).isPresent();
    assertThat(spec.worker().orElseThrow().get().getContainers()).isEmpty();
  }

  @Test
  void absentFieldsAndEmptyOwnListsAreNotWritten() {
    LLMInferenceServiceSpec spec =
        LLMInferenceServiceSpec.builder().model(m -> m.uri("hf://x")).build();

    assertThat(LlmisvcMapper.writeYaml(spec)).isEqualTo("model:\n  uri: hf://x\n");
  }

  @Test
  void falseAndZeroThatWereWrittenAreKept() {
    LLMInferenceServiceSpec spec =
        LlmisvcMapper.read(
            "replicas: 0\nparallelism:\n  expert: false\n", LLMInferenceServiceSpec.class);

    assertThat(LlmisvcMapper.writeYaml(spec))
        .isEqualTo("replicas: 0\nparallelism:\n  expert: false\n");
  }

  @Test
  void triggersAreAlwaysWrittenAsGoDoes() {
    LLMInferenceServiceSpec spec =
        LlmisvcMapper.read(
            "scaling:\n  maxReplicas: 3\n  keda: {}\n", LLMInferenceServiceSpec.class);

    assertThat(LlmisvcMapper.writeYaml(spec))
        .isEqualTo("scaling:\n  maxReplicas: 3\n  keda:\n    triggers: []\n");
  }
}
