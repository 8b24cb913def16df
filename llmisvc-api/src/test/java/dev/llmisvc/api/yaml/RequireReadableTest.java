package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import org.junit.jupiter.api.Test;

/**
 * {@link LlmisvcMapper#requireReadable} refuses what KServe's Go types cannot read, naming the
 * field, and reads the tree only when a number could be refused.
 */
class RequireReadableTest {
  private static JsonNode service(String spec) {
    return LlmisvcMapper.readTree(
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
            + "metadata: {name: a, namespace: n}\nspec: {model: {uri: 'hf://o/m'}, "
            + spec
            + "}\n");
  }

  @Test
  void aNumberBeyondInt32OrWithAFractionIsRefusedWithItsField() {
    assertThatThrownBy(
            () ->
                LlmisvcMapper.requireReadable(
                    service("replicas: 2147483648"), LLMInferenceService.class))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo("spec.replicas"));
    assertThatThrownBy(
            () ->
                LlmisvcMapper.requireReadable(service("replicas: 1.5"), LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("spec.replicas");
  }

  @Test
  void otherwiseTheTreeIsNotReadTypeErrorsAreTheSchemas() {
    assertThatCode(
            () ->
                LlmisvcMapper.requireReadable(
                    service("replicas: 3, template: {containers: [{name: main}]}"),
                    LLMInferenceService.class))
        .doesNotThrowAnyException();
    // a string where a number belongs is left to the schema ("must be of type integer"): no read
    assertThatCode(
            () ->
                LlmisvcMapper.requireReadable(service("replicas: '3'"), LLMInferenceService.class))
        .doesNotThrowAnyException();
  }

  @Test
  void anyDepthIsScannedWithoutOverflowingTheStack() {
    com.fasterxml.jackson.databind.node.ArrayNode deep =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    com.fasterxml.jackson.databind.node.ArrayNode inner = deep;
    for (int i = 0; i < 200_000; i++) {
      inner = inner.addArray();
    }
    assertThatCode(() -> LlmisvcMapper.requireReadable(deep, LLMInferenceService.class))
        .doesNotThrowAnyException();
  }
}
