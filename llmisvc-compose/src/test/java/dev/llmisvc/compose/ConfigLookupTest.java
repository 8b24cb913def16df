package dev.llmisvc.compose;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLookupTest {
  private static ObjectNode config(String namespace, String name, int replicas) {
    return yaml(
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
            + "metadata: {name: "
            + name
            + ", namespace: "
            + namespace
            + "}\nspec: {replicas: "
            + replicas
            + "}");
  }

  private final ConfigSource source =
      InMemoryConfigSource.builder("unused")
          .add(config("kserve", "gpu", 1), "sys")
          .add(config("team", "gpu", 2), "team")
          .add(config("kserve", "only-system", 3), "sys")
          .build();

  @Test
  void serviceNamespaceWinsOverSystemNamespace() {
    ConfigDocument found = new ConfigLookup(source, "kserve").find("team", "gpu");
    assertThat(found.namespace()).isEqualTo("team");
    assertThat(found.spec().get("replicas").asInt()).isEqualTo(2);
  }

  @Test
  void fallsBackToTheSystemNamespace() {
    ConfigDocument found = new ConfigLookup(source, "kserve").find("team", "only-system");
    assertThat(found.namespace()).isEqualTo("kserve");
    assertThat(found.origin()).isEqualTo("sys");
  }

  @Test
  void notFoundCarriesNameNamespacesAndKServesMessage() {
    assertThatThrownBy(() -> new ConfigLookup(source, "kserve").find("team", "missing"))
        .isInstanceOfSatisfying(
            ConfigNotFoundException.class,
            e -> {
              assertThat(e.name()).isEqualTo("missing");
              assertThat(e.namespaces()).containsExactly("team", "kserve");
            })
        .hasMessage("LLMInferenceServiceConfig \"missing\" not found in namespaces [team kserve]");
  }

  @Test
  void sourceErrorsUseKServesWording() {
    ConfigSource failingFirst =
        new ConfigSource() {
          @Override
          public Optional<ConfigDocument> config(String namespace, String name) {
            throw new ConfigSourceException("forbidden");
          }

          @Override
          public Optional<ObjectNode> configMap(String namespace, String name) {
            return Optional.empty();
          }
        };
    assertThatThrownBy(() -> new ConfigLookup(failingFirst, "kserve").find("team", "gpu"))
        .isInstanceOf(ConfigLookupException.class)
        .hasMessage("failed to get LLMInferenceServiceConfig team/gpu: forbidden");

    ConfigSource failingSecond =
        new ConfigSource() {
          @Override
          public Optional<ConfigDocument> config(String namespace, String name) {
            if (namespace.equals("kserve")) {
              throw new ConfigSourceException("timeout");
            }
            return Optional.empty();
          }

          @Override
          public Optional<ObjectNode> configMap(String namespace, String name) {
            return Optional.empty();
          }
        };
    assertThatThrownBy(() -> new ConfigLookup(failingSecond, "kserve").find("team", "gpu"))
        .isInstanceOf(ConfigLookupException.class)
        .hasMessage(
            "failed to get LLMInferenceServiceConfig \"gpu\" from namespaces [\"team\", \"kserve\"]:"
                + " timeout");
  }
}
