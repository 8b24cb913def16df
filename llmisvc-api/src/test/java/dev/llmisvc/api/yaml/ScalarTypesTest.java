package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API server's scalar rules in {@link LlmisvcMapper}: no string is coerced to a number or a
 * boolean, no fraction is truncated, and an int32 field takes only 32-bit values; the CLI says the
 * same of the same documents ({@code ValidateCommandTest}).
 */
class ScalarTypesTest {
  private static String svc(String replicas, String port) {
    return "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n"
        + "  name: a\nspec:\n  replicas: "
        + replicas
        + "\n  template:\n    containers:\n      - name: main\n        ports:\n"
        + "          - containerPort: "
        + port
        + "\n";
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"3\"'  | Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\"",
        "''''''   | Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\"",
        "3.5      | Invalid value: \"number\": spec.replicas in body must be of type integer: \"number\"",
        "true     | Invalid value: \"boolean\": spec.replicas in body must be of type integer: \"boolean\"",
        "2147483648 | Invalid value: 2147483648: spec.replicas must be of type int32 (from -2147483648 to 2147483647)",
        "-2147483649 | Invalid value: -2147483649: spec.replicas must be of type int32 (from -2147483648 to 2147483647)"
      })
  void aReplicasTheApiServerRefusesIsAnErrorNamingPathAndType(String replicas, String reason) {
    assertThatThrownBy(() -> LlmisvcMapper.read(svc(replicas, "8000"), LLMInferenceService.class))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.path()).isEqualTo("spec.replicas");
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.line()).hasValue(6);
            });
  }

  @Test
  void theInt32BoundsThemselvesAreAccepted() {
    assertThat(
            LlmisvcMapper.read(svc("2147483647", "8000"), LLMInferenceService.class)
                .spec()
                .replicas())
        .contains(Integer.MAX_VALUE);
  }

  @Test
  void embeddedKubernetesObjectsFollowTheSameRules() {
    assertThatThrownBy(() -> LlmisvcMapper.read(svc("1", "\"8000\""), LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "spec.template.containers[0].ports[0].containerPort: Invalid value: \"string\":"
                + " spec.template.containers[0].ports[0].containerPort in body must be of type"
                + " integer: \"string\"");
    assertThatThrownBy(() -> LlmisvcMapper.read(svc("1", "4294967296"), LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("must be of type int32");
  }

  @Test
  void treesAreCheckedAlike() {
    var tree = LlmisvcMapper.readTree(svc("\"3\"", "8000"));
    assertThatThrownBy(() -> LlmisvcMapper.fromTree(tree, LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("spec.replicas in body must be of type integer");
  }
}
