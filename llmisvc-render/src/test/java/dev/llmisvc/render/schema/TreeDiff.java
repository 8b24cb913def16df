package dev.llmisvc.render.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The differences between two JSON trees, one error per differing leaf or missing field. */
final class TreeDiff {
  private TreeDiff() {}

  /** Adds to {@code errors} where {@code after} differs from {@code before}. */
  static void diff(JsonNode before, JsonNode after, String path, List<FieldError> errors) {
    if (before.isObject() && after.isObject()) {
      for (Map.Entry<String, JsonNode> e : before.properties()) {
        String child = FieldError.child(path, e.getKey());
        if (!after.has(e.getKey())) {
          errors.add(new FieldError(child, "lost in the round trip"));
        } else {
          diff(e.getValue(), after.get(e.getKey()), child, errors);
        }
      }
      for (Map.Entry<String, JsonNode> e : after.properties()) {
        if (!before.has(e.getKey())) {
          errors.add(new FieldError(FieldError.child(path, e.getKey()), "added by the round trip"));
        }
      }
    } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        diff(before.get(i), after.get(i), FieldError.element(path, i), errors);
      }
    } else if (!before.equals(after)) {
      errors.add(new FieldError(path, "was " + before + ", is " + after + " after the round trip"));
    }
  }
}
