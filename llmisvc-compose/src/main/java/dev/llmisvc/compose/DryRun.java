package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.validation.ApiServerMessage;
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
 * for this check only, and so does this class. The check never changes the composed spec, and does
 * not copy it: the validator reads it in place and copies only what its defaults change.
 */
final class DryRun {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final LlmisvcValidator SERVICES = LlmisvcValidator.forService();

  private record ParsedInline(String text, JsonNode object) {}

  /** The last inline text parsed and its object (null when not an object); racy but immutable. */
  private static volatile ParsedInline lastInline;

  private DryRun() {}

  /**
   * The validation of {@code spec} as a new service named after {@code metadata}.
   *
   * @param metadata the composed service's metadata; only its name and namespace are read
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
    // KServe's throwaway object has a generateName and a namespace, nothing else: the service's
    // labels and annotations (a stop or managed-DRA annotation, say) are not judged here
    // the dry run carries the model name the service was stored with (webhook default)
    resource.set("spec", withInlineAsJson(spec));
    return SERVICES.validateCreate(resource);
  }

  /**
   * The error text of the rejected dry-run create, as the API server returns it ({@code
   * LLMInferenceService.serving.kserve.io "<name>-validation-xxxxx" is invalid: ...}): what KServe
   * shows for a stopped service. The API server gives the throwaway object a random five-character
   * suffix; here it is {@code xxxxx}.
   */
  static String apiServerError(String name, List<Violation> errors) {
    return ApiServerMessage.format(
        "LLMInferenceService", ChildName.of(name, "-validation-") + "xxxxx", errors);
  }

  /**
   * The spec to validate: {@code spec} itself, or, when its scheduler's {@code config.inline} is
   * YAML text of an object, a view with the parsed object in its place. Only the four objects on
   * the way to {@code inline} are copied (shallowly); the composed spec is left as it is.
   */
  private static ObjectNode withInlineAsJson(ObjectNode spec) {
    JsonNode inline = spec.path("router").path("scheduler").path("config").path("inline");
    if (!inline.isTextual()) {
      return spec;
    }
    JsonNode parsed = parseInline(inline.asText());
    if (parsed == null) {
      return spec; // left as text: the schema check then reports it, as the API server would
    }
    ObjectNode candidate = shallowCopy(spec);
    ObjectNode router = shallowCopy((ObjectNode) spec.get("router"));
    ObjectNode scheduler = shallowCopy((ObjectNode) router.get("scheduler"));
    ObjectNode config = shallowCopy((ObjectNode) scheduler.get("config"));
    config.set("inline", parsed);
    scheduler.set("config", config);
    router.set("scheduler", scheduler);
    candidate.set("router", router);
    return candidate;
  }

  /**
   * The object a YAML {@code inline} holds, or null when it is not YAML of an object. The last text
   * and its tree are kept: a composer sees the same preset text over and over, and the tree is only
   * read.
   */
  private static JsonNode parseInline(String text) {
    ParsedInline last = lastInline;
    if (last != null && last.text().equals(text)) {
      return last.object();
    }
    JsonNode object;
    try {
      JsonNode parsed = YAML.readTree(text);
      object = parsed != null && parsed.isObject() ? parsed : null;
    } catch (IOException e) {
      object = null;
    }
    lastInline = new ParsedInline(text, object);
    return object;
  }

  private static ObjectNode shallowCopy(ObjectNode o) {
    ObjectNode copy = o.objectNode();
    copy.setAll(o);
    return copy;
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
