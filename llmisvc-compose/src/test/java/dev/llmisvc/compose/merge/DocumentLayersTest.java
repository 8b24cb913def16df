package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.yaml.DocumentReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents as merge layers: specs or resources in, named layers out, every problem at once. */
class DocumentLayersTest {
  @Test
  void bareSpecsAndResourcesBecomeLayersNamedAfterTheirSource() {
    List<Layer> layers =
        DocumentLayers.of(
            DocumentReader.parse(
                "a.yaml",
                """
                replicas: 1
                ---
                apiVersion: serving.kserve.io/v1alpha2
                kind: LLMInferenceServiceConfig
                metadata: {name: p}
                spec: {replicas: 2}
                """));
    assertThat(layers).extracting(Layer::id).containsExactly("a.yaml#0", "a.yaml#1");
    assertThat(layers.get(1).spec().path("replicas").asInt()).isEqualTo(2);
    assertThat(DocumentLayers.source("dir/a.yaml#1")).isEqualTo("dir/a.yaml");
  }

  @Test
  void otherKindsAndFragmentProblemsAreAllReported() {
    assertThatThrownBy(
            () ->
                DocumentLayers.of(
                    DocumentReader.parse(
                        "b.yaml", "kind: Pod\napiVersion: v1\n---\nreplicas: \"3\"\nbogus: 1\n")))
        .isInstanceOfSatisfying(
            DocumentLayers.LayerException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(3)
                    .first()
                    .asString()
                    .contains("kind: expected a bare spec"));
  }
}
