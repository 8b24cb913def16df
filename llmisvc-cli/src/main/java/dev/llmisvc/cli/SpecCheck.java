package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.Violation;
import java.util.List;
import java.util.Set;

/**
 * The schema check a spec layer gets before it is merged: unknown fields, wrong JSON types and
 * unknown enum values, with the Config CRD's relaxations (a layer may hold Go templates where the
 * service CRD wants patterns). Required fields and cross-field rules are not checked: a layer is a
 * fragment, and only the merged result has to be whole.
 */
final class SpecCheck {
  private static final Set<Violation.Type> FRAGMENT_PROBLEMS =
      Set.of(
          Violation.Type.UNKNOWN_FIELD, Violation.Type.TYPE_INVALID, Violation.Type.NOT_SUPPORTED);

  private SpecCheck() {}

  static List<String> problems(String source, ObjectNode spec) {
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    config.put("apiVersion", "serving.kserve.io/v1alpha2");
    config.put("kind", "LLMInferenceServiceConfig");
    config.putObject("metadata").put("name", "layer");
    config.set("spec", spec);
    return LlmisvcValidator.forConfig().validateSchema(config).stream()
        .filter(v -> FRAGMENT_PROBLEMS.contains(v.type()))
        .map(v -> source + ": " + ProblemLines.line(v))
        .toList();
  }
}
