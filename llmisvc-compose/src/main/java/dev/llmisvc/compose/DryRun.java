package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.GoQuote;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * KServe's last composition step: the composed spec is sent as a dry-run create of a throwaway
 * LLMInferenceService, so the CRD schema, CEL rules and webhook judge the result. Here the same
 * rules run in-process through {@link LlmisvcValidator}.
 *
 * <p>A {@code config.inline} that came from a ConfigMap is YAML text; KServe converts it to JSON
 * for this check only, and so does this class. The check never changes the composed spec.
 */
final class DryRun {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final LlmisvcValidator SERVICES = LlmisvcValidator.forService();

  private DryRun() {}

  /**
   * The validation of {@code spec} as a new service named after {@code metadata}.
   *
   * @param metadata the composed service's metadata (name, namespace, labels, annotations)
   * @param spec the effective spec
   */
  static ValidationResult check(JsonNode metadata, ObjectNode spec) {
    ObjectNode resource = spec.objectNode();
    resource.put("apiVersion", ApiVersion.V1ALPHA2.apiVersion());
    resource.put("kind", "LLMInferenceService");
    ObjectNode meta = resource.putObject("metadata");
    String name = metadata.path("name").asText("");
    meta.put("generateName", ChildName.of(name, "-validation-"));
    meta.put("namespace", metadata.path("namespace").asText(""));
    for (String copied : List.of("labels", "annotations")) {
      if (metadata.get(copied) instanceof ObjectNode o) {
        meta.set(copied, o.deepCopy());
      }
    }
    ObjectNode candidate = spec.deepCopy();
    // the dry run carries the model name the service was stored with (webhook default)
    resource.set("spec", candidate);
    JsonNode inline = candidate.path("router").path("scheduler").path("config").path("inline");
    if (inline.isTextual()) {
      try {
        JsonNode parsed = YAML.readTree(inline.asText());
        if (parsed != null && parsed.isObject()) {
          ((ObjectNode) candidate.path("router").path("scheduler").path("config"))
              .set("inline", parsed);
        }
      } catch (IOException e) {
        // left as text: the schema check then reports it, as the API server would
      }
    }
    return SERVICES.validateCreate(resource);
  }

  /**
   * The error text of the rejected dry-run create, as the API server returns it ({@code
   * LLMInferenceService.serving.kserve.io "<name>-validation-xxxxx" is invalid: ...}): what KServe
   * shows for a stopped service. The API server gives the throwaway object a random five-character
   * suffix; here it is {@code xxxxx}.
   */
  static String apiServerError(String name, List<Violation> errors) {
    String generated = ChildName.of(name, "-validation-") + "xxxxx";
    String prefix =
        "LLMInferenceService.serving.kserve.io " + GoQuote.quote(generated) + " is invalid";
    if (errors.size() == 1) {
      return prefix + ": " + errors.get(0).render();
    }
    return prefix
        + ": ["
        + errors.stream().map(Violation::render).collect(Collectors.joining(", "))
        + "]";
  }

  /**
   * KServe's message: {@code dry-run validation failed after merging configs [<Source>:<ns>/<name>,
   * ...]: <field>: <message>; ...}.
   */
  static String message(List<AppliedConfigRef> applied, List<Violation> errors) {
    String configs =
        applied.stream().map(a -> LayerId.of(a).toString()).collect(Collectors.joining(", "));
    String detail = errors.stream().map(Violation::render).collect(Collectors.joining("; "));
    return "dry-run validation failed after merging configs [" + configs + "]: " + detail;
  }
}
