package dev.llmisvc.api.validation;

import static dev.llmisvc.api.validation.Tree.at;
import static dev.llmisvc.api.validation.Tree.has;
import static dev.llmisvc.api.validation.Tree.nonEmpty;
import static dev.llmisvc.api.validation.Tree.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.convert.Conversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KServe's validating webhook for {@code LLMInferenceServiceConfig} (docs §4.3), the same in both
 * versions. None of the service rules run here: KServe enforces them later on the merged spec.
 */
final class ConfigWebhook {
  static final String BASE_REFS =
      "baseRefs is not a permitted field in LLMInferenceServiceConfig, support for recursive refs"
          + " has been disabled";

  private ConfigWebhook() {}

  /** CREATE ({@code old} empty) or UPDATE. */
  static ValidationResult validate(
      JsonNode obj, Optional<JsonNode> old, WebhookEnvironment env, ConfigTemplateCheck check) {
    if (old.isPresent() && has(obj, "metadata", "deletionTimestamp")) {
      return ValidationResult.ok();
    }
    List<Violation> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    JsonNode spec = at(obj, "spec");
    if (nonEmpty(spec, "baseRefs")) {
      errors.add(Violation.forbidden("spec.baseRefs", BASE_REFS));
    }
    JsonNode scheduler = at(spec, "router", "scheduler");
    ServiceWebhook.schedulerReplicas(scheduler, errors);
    if (errors.isEmpty() && obj instanceof ObjectNode o) {
      check.check(Conversion.toV1alpha2(o)).forEach(m -> errors.add(Violation.error(m)));
    }
    // KServe's direction: the old config's name, DeepDerivative(old spec, new spec), so what the
    // old spec did not set may be added without a warning, and clearing a field warns
    if (old.isPresent()
        && env.isWellKnown(text(old.get(), "metadata", "name"))
        && !derivative(at(old.get(), "spec"), at(obj, "spec"))) {
      warnings.add(
          "modifying well-known config "
              + text(old.get(), "metadata", "namespace")
              + "/"
              + text(old.get(), "metadata", "name")
              + " is not recommended. Consider creating a custom config instead");
    }
    return new ValidationResult(errors, warnings);
  }

  /** DELETE: well-known configs in the KServe namespace are protected. */
  static ValidationResult validateDelete(JsonNode obj, WebhookEnvironment env) {
    String name = text(obj, "metadata", "name");
    String namespace = text(obj, "metadata", "namespace");
    if (!namespace.equals(env.systemNamespace()) || !env.isWellKnown(name)) {
      return ValidationResult.ok();
    }
    String ref = namespace + "/" + name;
    if (env.preventWellKnownConfigDeletion()) {
      return new ValidationResult(
          List.of(Violation.error("well-known config " + ref + " cannot be deleted")), List.of());
    }
    return new ValidationResult(
        List.of(), List.of("deleting well-known config " + ref + " is not recommended"));
  }

  /**
   * {@code equality.Semantic.DeepDerivative(a, b)} on trees: fields absent, null or empty in {@code
   * a} are ignored; everything {@code a} sets must equal {@code b}.
   */
  static boolean derivative(JsonNode a, JsonNode b) {
    if (a == null || a.isMissingNode() || a.isNull()) {
      return true;
    }
    if (a.isTextual() && a.textValue().isEmpty()) {
      return true;
    }
    if ((a.isArray() || a.isObject()) && a.isEmpty()) {
      return true;
    }
    if (a.isObject()) {
      if (!b.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        if (!derivative(e.getValue(), other == null ? at(b, e.getKey()) : other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      if (!b.isArray() || a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!derivative(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b)
        || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0);
  }
}
