package dev.llmisvc.render.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A loose check of a custom resource's {@code metadata}, which its CRD declares only as {@code
 * type: object}: an object with a non-empty {@code name}, string {@code namespace}, string maps
 * {@code labels} and {@code annotations}, and {@code ownerReferences} naming {@code apiVersion},
 * {@code kind} and {@code name} (and a string {@code uid} if any: offline, the service may have
 * none). Does not check ObjectMeta's other fields, name syntax, label syntax or lengths.
 */
final class LooseObjectMeta {
  private LooseObjectMeta() {}

  static List<FieldError> check(JsonNode metadata) {
    List<FieldError> errors = new ArrayList<>();
    if (!metadata.isObject()) {
      errors.add(
          new FieldError("metadata", "expected object, got " + StructuralSchema.typeOf(metadata)));
      return errors;
    }
    if (!metadata.path("name").isTextual() || metadata.path("name").asText().isEmpty()) {
      errors.add(new FieldError("metadata.name", "expected a non-empty string"));
    }
    if (metadata.has("namespace") && !metadata.get("namespace").isTextual()) {
      errors.add(new FieldError("metadata.namespace", "expected string"));
    }
    for (String map : List.of("labels", "annotations")) {
      if (!metadata.has(map)) {
        continue;
      }
      String path = "metadata." + map;
      if (!metadata.get(map).isObject()) {
        errors.add(new FieldError(path, "expected object"));
        continue;
      }
      for (Map.Entry<String, JsonNode> e : metadata.get(map).properties()) {
        if (!e.getValue().isTextual()) {
          errors.add(new FieldError(FieldError.child(path, e.getKey()), "expected string"));
        }
      }
    }
    JsonNode owners = metadata.path("ownerReferences");
    for (int i = 0; i < owners.size(); i++) {
      for (String field : List.of("apiVersion", "kind", "name", "uid")) {
        JsonNode value = owners.get(i).path(field);
        if (!value.isTextual() && !(field.equals("uid") && value.isMissingNode())) {
          errors.add(
              new FieldError(
                  FieldError.child(FieldError.element("metadata.ownerReferences", i), field),
                  "expected string"));
        }
      }
    }
    return errors;
  }
}
