package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  private final SpecMerger merger = SpecMerger.kserve();

  private static ObjectNode yaml(String text) {
    try {
      return (ObjectNode) MergeCorpusTest.YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private final Layer preset =
      new Layer(
          "Preset:kserve/kserve-config-llm-template",
          yaml(
              """
              template:
                containers:
                  - name: main
                    image: vllm:1
                    args: [--port, "8000"]
                    env: [{name: HF_HOME, value: /models}]
              router: {route: {}}
              """));
  private final Layer service =
      new Layer(
          "Service:team/my-llm",
          yaml(
              """
              model: {uri: "hf://org/model"}
              replicas: 2
              template:
                containers:
                  - name: main
                    image: vllm:2
                    args: []
              """));

  @Test
  void everyLeafNamesTheLayerThatWroteItInDocumentOrder() {
    Provenance p = merger.merge(List.of(preset, service)).provenance();
    assertThat(p.entries())
        .containsExactly(
            java.util.Map.entry("model.uri", "Service:team/my-llm"),
            java.util.Map.entry("replicas", "Service:team/my-llm"),
            java.util.Map.entry("template.containers[name=main].name", "Service:team/my-llm"),
            java.util.Map.entry("template.containers[name=main].image", "Service:team/my-llm"),
            java.util.Map.entry(
                "template.containers[name=main].args", "Preset:kserve/kserve-config-llm-template"),
            java.util.Map.entry(
                "template.containers[name=main].env[name=HF_HOME].name",
                "Preset:kserve/kserve-config-llm-template"),
            java.util.Map.entry(
                "template.containers[name=main].env[name=HF_HOME].value",
                "Preset:kserve/kserve-config-llm-template"),
            java.util.Map.entry("template.containers[name=main].resources", "Service:team/my-llm"),
            java.util.Map.entry("router.route", "Preset:kserve/kserve-config-llm-template"));
  }

  @Test
  void underAPrefixGivesOneContainer() {
    Provenance p = merger.merge(List.of(preset, service)).provenance();
    assertThat(p.under("template.containers[name=main].env").keySet())
        .containsExactly(
            "template.containers[name=main].env[name=HF_HOME].name",
            "template.containers[name=main].env[name=HF_HOME].value");
    assertThat(p.under("template.containers[name=mai]")).isEmpty();
    assertThat(p.layerOf("template.containers")).isEmpty();
  }

  @Test
  void theServiceEmptyArgsAreReportedAsDropped() {
    List<LayerDiagnostics> d = merger.merge(List.of(preset, service)).diagnostics();
    assertThat(d).extracting(LayerDiagnostics::layerId).containsExactly(preset.id(), service.id());
    assertThat(d.get(0).isEmpty()).isTrue();
    assertThat(d.get(1).droppedZeroValues())
        .extracting(LayerDiagnostics.DroppedValue::path, v -> v.value().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("template.containers[name=main].args", "[]"));
  }

  @Test
  void theResultIsACopy() {
    MergeResult r = merger.merge(List.of(preset, service));
    r.spec().put("replicas", 9);
    JsonNode again = r.spec().get("replicas");
    assertThat(again.asInt()).isEqualTo(2);
  }

  @Test
  void keysThatAreNotIdentifiersAreQuoted() {
    Layer labels = new Layer("L1", yaml("labels: {app.kubernetes.io/name: x}"));
    assertThat(merger.merge(List.of(labels)).provenance().entries())
        .containsKey("labels[\"app.kubernetes.io/name\"]");
  }
}
