package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.common.TreeDepth;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.convert.ConversionException;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.template.SampleServiceTemplateCheck;
import java.util.List;
import java.util.Optional;

/** Reading KServe resources from the command line's documents, with clear errors. */
final class Resources {
  private Resources() {}

  /** The one document of {@code file}, which must be of {@code kind} and valid. */
  static Document single(InputReader reader, String file, String kind) {
    Document doc = singleDraft(reader, file, kind);
    requireValid(doc);
    return doc;
  }

  /** As {@link #single}, without admission: the one document of the kind, valid or not. */
  static Document singleDraft(InputReader reader, String file, String kind) {
    List<Document> docs = reader.read(List.of(file));
    if (docs.size() != 1) {
      throw new InputException(
          file + ": expected one " + kind + ", found " + docs.size() + " documents");
    }
    Document doc = docs.get(0);
    requireKind(doc, kind);
    return doc;
  }

  static void requireKind(Document doc, String kind) {
    String found = doc.kind().orElse("");
    if (!found.equals(kind)) {
      throw new InputException(
          doc.where()
              + ": kind: expected "
              + kind
              + ", found "
              + (found.isEmpty() ? "none" : "\"" + found + "\""));
    }
  }

  /**
   * KServe's config admission with its template check: every config is rendered over KServe's
   * sample service with the default controller settings, as the webhook does.
   */
  private static final LlmisvcValidator CONFIGS =
      SampleServiceTemplateCheck.validator(ControllerSettings.defaults());

  /**
   * What KServe's admission says of a service or config: the validator chosen by {@code kind}.
   *
   * @throws InputException when the document is of another kind or an unknown apiVersion
   */
  static ValidationResult validate(Document doc) {
    String kind = doc.kind().orElse("");
    LlmisvcValidator validator =
        (kind.equals("LLMInferenceServiceConfig")
                ? Optional.of(CONFIGS)
                : LlmisvcValidator.forKind(kind))
            .orElseThrow(
                () ->
                    new InputException(
                        doc.where()
                            + ": kind: expected LLMInferenceService or LLMInferenceServiceConfig,"
                            + " found "
                            + (kind.isEmpty() ? "none" : "\"" + kind + "\"")));
    ValidationResult result;
    try {
      result = validator.validateCreate(doc.tree());
    } catch (IllegalArgumentException e) {
      throw new InputException(doc.where() + ": apiVersion: " + e.getMessage());
    }
    if (result.valid()) {
      requireTyped(doc, kind);
    }
    return result;
  }

  /**
   * Reads the resource into its typed model, as {@code LlmisvcMapper.read} would: what the schema
   * lets through but KServe's Go types refuse (a number beyond an {@code int32} field's range) is
   * an error here as it is in the library, so both say the same of one document.
   */
  private static void requireTyped(Document doc, String kind) {
    Class<?> type = typeOf(doc.tree().path("apiVersion").asText(""), kind);
    if (type == null) {
      return;
    }
    try {
      if (TreeDepth.beyond(doc.tree(), 64).isPresent()) {
        LlmisvcMapper.fromTree(doc.tree(), type); // the typed read also bounds depth
      } else {
        LlmisvcMapper.requireReadable(doc.tree(), type);
      }
    } catch (ParseException e) {
      throw new InputException(doc.where() + ": " + e.getMessage());
    }
  }

  private static Class<?> typeOf(String apiVersion, String kind) {
    boolean service = kind.equals("LLMInferenceService");
    if (apiVersion.equals(dev.llmisvc.api.v1alpha2.LLMInferenceService.API_VERSION)) {
      return service
          ? dev.llmisvc.api.v1alpha2.LLMInferenceService.class
          : dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig.class;
    }
    if (apiVersion.equals(dev.llmisvc.api.v1alpha1.LLMInferenceService.API_VERSION)) {
      return service
          ? dev.llmisvc.api.v1alpha1.LLMInferenceService.class
          : dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig.class;
    }
    return null;
  }

  /** Rejects a resource KServe's admission would reject, listing every problem. */
  static void requireValid(Document doc) {
    ValidationResult result = validate(doc);
    if (!result.valid()) {
      throw new InputException(ProblemLines.of(doc.where(), result));
    }
  }

  /** The resource in the hub version, v1alpha2. */
  static ObjectNode hub(Document doc) {
    ObjectNode tree = doc.tree();
    try {
      return ApiVersion.of(tree) == ApiVersion.V1ALPHA1
          ? Conversion.toV1alpha2(tree)
          : tree.deepCopy();
    } catch (ConversionException e) {
      throw new InputException(doc.where() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InputException(doc.where() + ": apiVersion: " + e.getMessage());
    }
  }

  /** The service as a typed v1alpha2 value (a v1alpha1 document is converted first). */
  static dev.llmisvc.api.v1alpha2.LLMInferenceService typedService(Document doc) {
    try {
      return dev.llmisvc.api.yaml.LlmisvcMapper.fromTree(
          hub(doc), dev.llmisvc.api.v1alpha2.LLMInferenceService.class);
    } catch (dev.llmisvc.api.ParseException e) {
      throw new InputException(doc.where() + ": " + e.getMessage());
    }
  }
}
