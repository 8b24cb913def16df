package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the API server checks of {@code metadata} before anything else: it must be an object, and a
 * new object needs a {@code name} or a {@code generateName}. Checked on the request as sent, before
 * defaults fill anything in.
 */
final class ObjectMetaRules {
  private ObjectMetaRules() {}

  static List<Violation> validate(JsonNode resource) {
    JsonNode metadata = resource.path("metadata");
    if (!metadata.isMissingNode() && !metadata.isNull() && !metadata.isObject()) {
      return List.of(CrdSchema.typeError("metadata", metadata, "object"));
    }
    if (metadata.path("name").asText("").isEmpty()
        && metadata.path("generateName").asText("").isEmpty()) {
      return List.of(Violation.required("metadata.name", "name or generateName is required"));
    }
    return List.of();
  }
}
