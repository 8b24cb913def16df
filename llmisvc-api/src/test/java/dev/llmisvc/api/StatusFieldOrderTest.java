package dev.llmisvc.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.yaml.LlmisvcMapper;
import org.junit.jupiter.api.Test;

/**
 * Statuses are written in KServe's field order, although their Knative fields are declared in a
 * shared parent class.
 */
class StatusFieldOrderTest {
  private static final String SERVICE_STATUS =
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
      """;

  @Test
  void v1alpha1ServiceStatusWritesUrlFirst() {
    var svc =
        dev.llmisvc.api.v1alpha1.LLMInferenceService.builder()
            .status(
                s ->
                    s.address(a -> a.url("http://old.example.com"))
                        .putAnnotations("a", "b")
                        .addConditions(c -> c.type("Ready").status("True"))
                        .observedGeneration(3L)
                        .url("http://llm.example.com"))
            .build();

    assertThat(statusPart(LlmisvcMapper.writeYaml(svc))).isEqualTo(SERVICE_STATUS);
  }

  @Test
  void v1alpha2ServiceStatusWritesUrlFirst() {
    var svc =
        dev.llmisvc.api.v1alpha2.LLMInferenceService.builder()
            .status(
                s ->
                    s.address(a -> a.url("http://old.example.com"))
                        .putAnnotations("a", "b")
                        .addConditions(c -> c.type("Ready").status("True"))
                        .observedGeneration(3L)
                        .url("http://llm.example.com"))
            .build();

    assertThat(statusPart(LlmisvcMapper.writeYaml(svc))).isEqualTo(SERVICE_STATUS);
  }

  @Test
  void v1alpha2ConfigStatusWritesKnativeFieldsFirst() {
    var config =
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig.builder()
            .status(
                s ->
                    s.addReferencedBy(r -> r.name("qwen").namespace("llm"))
                        .putAnnotations("a", "b")
                        .addConditions(c -> c.type("Ready").status("True"))
                        .observedGeneration(2L))
            .build();

    assertThat(statusPart(LlmisvcMapper.writeYaml(config)))
        .isEqualTo(
            """
            status:
              observedGeneration: 2
              conditions:
                - type: Ready
                  status: "True"
              annotations:
                a: b
              referencedBy:
                - name: qwen
                  namespace: llm
            """);
  }

  private static String statusPart(String yaml) {
    return yaml.substring(yaml.indexOf("status:\n"));
  }
}
