package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import org.junit.jupiter.api.Test;

/**
 * A YAML alias is refused wherever YAML is read, with its position: Jackson would otherwise read
 * the anchor's name in place of its value, a different document that looks fine.
 */
class AliasesTest {
  private static final String SCALAR_ALIAS =
      "apiVersion: serving.kserve.io/v1alpha2\n"
          + "kind: LLMInferenceService\n"
          + "metadata:\n"
          + "  name: &n a\n"
          + "  namespace: n\n"
          + "  annotations: {copy: *n}\n"
          + "spec: {model: {uri: 'hf://o/m'}}\n";

  private static final String MAP_ALIAS =
      "apiVersion: serving.kserve.io/v1alpha2\n"
          + "kind: LLMInferenceService\n"
          + "metadata: {name: a, namespace: n}\n"
          + "spec:\n"
          + "  model: {uri: 'hf://o/m'}\n"
          + "  template: &t {containers: [{name: main}]}\n"
          + "  worker: *t\n";

  @Test
  void theDocumentReaderRefusesAnAliasWithItsLine() {
    assertThatThrownBy(() -> DocumentReader.parse("svc.yaml", SCALAR_ALIAS))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith("svc.yaml:6:")
                    .contains("YAML alias *n is not supported"));
    assertThatThrownBy(() -> DocumentReader.parse("svc.yaml", MAP_ALIAS))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("svc.yaml:7:")
        .hasMessageContaining("YAML alias *t is not supported");
  }

  @Test
  void theMapperRefusesAnAliasOnEveryReadingPath() {
    assertThatThrownBy(() -> LlmisvcMapper.read(SCALAR_ALIAS, LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("YAML alias *n is not supported");
    assertThatThrownBy(() -> LlmisvcMapper.readAll(MAP_ALIAS, LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("YAML alias *t is not supported");
    assertThatThrownBy(() -> LlmisvcMapper.readTree(SCALAR_ALIAS))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("YAML alias *n is not supported");
  }

  @Test
  void anAnchorWithoutAnAliasIsHarmless() {
    String anchored = SCALAR_ALIAS.replace("  annotations: {copy: *n}\n", "");
    assertThat(LlmisvcMapper.read(anchored, LLMInferenceService.class).metadata().get().getName())
        .isEqualTo("a");
    assertThat(DocumentReader.parse("svc.yaml", anchored)).hasSize(1);
  }
}
