package dev.llmisvc.render.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed value of a rendered object.
 *
 * @param path where, from the object's root: keys joined by dots, list items with a {@code name}
 *     written {@code [name=main]}, other list items by index, e.g. {@code
 *     spec.template.spec.containers[name=main].image}
 * @param before the old value; empty when the field was added
 * @param after the new value; empty when the field was removed
 */
public record FieldChange(String path, Optional<JsonNode> before, Optional<JsonNode> after) {
  /** Rejects nulls and keeps its own copies of the values. */
  public FieldChange {
    Objects.requireNonNull(path, "path");
    before = before.map(JsonNode::deepCopy);
    after = after.map(JsonNode::deepCopy);
  }

  /**
   * The old value.
   *
   * @return a copy; empty when the field was added
   */
  @Override
  public Optional<JsonNode> before() {
    return before.map(JsonNode::deepCopy);
  }

  /**
   * The new value.
   *
   * @return a copy; empty when the field was removed
   */
  @Override
  public Optional<JsonNode> after() {
    return after.map(JsonNode::deepCopy);
  }
}
