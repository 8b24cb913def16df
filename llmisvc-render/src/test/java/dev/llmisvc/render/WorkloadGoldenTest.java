package dev.llmisvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One golden YAML per topology and feature: {@code /workload/<case>/expected.yaml} is the whole
 * rendering of the case's input, compared document by document after canonicalisation (sorted
 * keys). Each input's header says which sections of rendering.md it pins.
 */
class WorkloadGoldenTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "single-node",
        "multi-node-dp-ep",
        "pipeline-parallel",
        "pd-single-node",
        "pd-multi-node",
        "lora",
        "storage-s3",
        "storage-pvc",
        "storage-oci",
        "scaling-hpa",
        "scaling-keda",
        "scaling-wva-keda",
        "managed-dra",
        "tracing-kv-cache",
        "stopped"
      })
  void rendersAsGolden(String name) {
    String expected =
        GoldenYaml.canonical(EffectiveServices.resource("/workload/" + name + "/expected.yaml"));
    assertThat(WorkloadCases.rendered(name)).isEqualTo(expected);
  }
}
