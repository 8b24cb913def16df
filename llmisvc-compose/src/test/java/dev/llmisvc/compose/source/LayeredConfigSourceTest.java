package dev.llmisvc.compose.source;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.compose.preset.PresetCatalog;
import org.junit.jupiter.api.Test;

class LayeredConfigSourceTest {
  private final ConfigSource user =
      InMemoryConfigSource.builder("kserve")
          .add(
              yaml(
                  "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                      + "metadata: {name: kserve-config-llm-tracing}\nspec: {tracing: {sampler: always_on}}"),
              "mine.yaml")
          .add(yaml("kind: ConfigMap\nmetadata: {name: cm}\ndata: {epp: x}"), "mine.yaml")
          .build();

  @Test
  void userConfigReplacesTheBuiltinWithTheSameNamespaceAndName() {
    ConfigSource layered =
        CatalogConfigSource.userThenBuiltin(user, PresetCatalog.builtin("kserve"));
    ConfigDocument tracing = layered.config("kserve", "kserve-config-llm-tracing").orElseThrow();
    assertThat(tracing.origin()).isEqualTo("mine.yaml");
    assertThat(tracing.spec().at("/tracing/sampler").asText()).isEqualTo("always_on");
    ConfigDocument template = layered.config("kserve", "kserve-config-llm-template").orElseThrow();
    assertThat(template.origin()).isEqualTo("builtin:kserve-aaac4e2");
    assertThat(template.namespace()).isEqualTo("kserve");
    assertThat(layered.configMap("kserve", "cm")).isPresent();
  }

  @Test
  void builtinPresetsLiveOnlyInTheSystemNamespace() {
    ConfigSource catalog = new CatalogConfigSource(PresetCatalog.builtin("sys"));
    assertThat(catalog.config("sys", "kserve-config-llm-template")).isPresent();
    assertThat(catalog.config("kserve", "kserve-config-llm-template")).isEmpty();
    assertThat(catalog.configMap("sys", "anything")).isEmpty();
  }

  @Test
  void noBuiltinPresets() {
    ConfigSource layered = CatalogConfigSource.userThenBuiltin(user, PresetCatalog.none());
    assertThat(layered.config("kserve", "kserve-config-llm-template")).isEmpty();
    assertThat(ConfigSource.empty().config("kserve", "x")).isEmpty();
  }
}
