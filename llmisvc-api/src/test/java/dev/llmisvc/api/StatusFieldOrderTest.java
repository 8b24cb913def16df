package dev.llmisvc.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.yaml.LlmisvcMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statuses are written in KServe's field order, whatever order they were read in, although their
 * Knative fields are declared in a shared parent class.
 */
class StatusFieldOrderTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"v1alpha1", "v1alpha2"})
  void serviceStatusWritesUrlBeforeTheKnativeFields(String version) throws Exception {
    String written =
        rewrite(
            version,
            "LLMInferenceService",
            """
            status:
              address:
                url: http://old.example.com
              annotations:
                a: b
              conditions:
                - type: Ready
                  status: "True"
              observedGeneration: 3
              url: http://llm.example.com
            """);

    assertThat(written)
        .isEqualTo(
            """
            status:
              url: http://llm.example.com
              observedGeneration: 3
              conditions:
                - type: Ready
                  status: "True"
              annotations:
                a: b
              address:
                url: http://old.example.com
            """);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"v1alpha1", "v1alpha2"})
  void configStatusWritesTheKnativeFieldsFirst(String version) throws Exception {
    String written =
        rewrite(
            version,
            "LLMInferenceServiceConfig",
            """
            status:
              annotations:
                a: b
              conditions:
                - type: Ready
                  status: "True"
              observedGeneration: 2
            """);

    assertThat(written)
        .isEqualTo(
            """
            status:
              observedGeneration: 2
              conditions:
                - type: Ready
                  status: "True"
              annotations:
                a: b
            """);
  }

  /** Reads a document with {@code status} and writes it back; returns the status part. */
  private static String rewrite(String version, String kind, String status) throws Exception {
    Class<?> type = Class.forName("dev.llmisvc.api." + version + "." + kind);
    String yaml =
        "apiVersion: serving.kserve.io/"
            + version
            + "\nkind: "
            + kind
            + "\nmetadata:\n  name: x\nspec: {}\n"
            + status;
    String written = LlmisvcMapper.writeYaml(LlmisvcMapper.read(yaml, type));
    return written.substring(written.indexOf("status:\n"));
  }
}
