package dev.llmisvc.render.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed leaf of the effective spec, and the layer that caused it.
 *
 * @param path the leaf, relative to {@code spec}, e.g. {@code template.containers[name=main].image}
 * @param before its value in the before composition; empty when the leaf is new
 * @param after its value in the after composition; empty when the leaf is gone
 * @param afterOrigin which layer (or post-merge step) set the new value, from the after
 *     composition's provenance; empty when the leaf is gone
 * @param beforeOrigin which layer set the old value; empty when the leaf is new
 */
public record SpecChange(
    FieldPath path,
    Optional<JsonNode> before,
    Optional<JsonNode> after,
    Optional<FieldOrigin> afterOrigin,
    Optional<FieldOrigin> beforeOrigin) {
  /** Rejects nulls and keeps its own copies of the values. */
  public SpecChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(afterOrigin, "afterOrigin");
    Objects.requireNonNull(beforeOrigin, "beforeOrigin");
    before = before.map(JsonNode::deepCopy);
    after = after.map(JsonNode::deepCopy);
  }

  /**
   * The old value.
   *
   * @return a copy; empty when the leaf is new
   */
  @Override
  public Optional<JsonNode> before() {
    return before.map(JsonNode::deepCopy);
  }

  /**
   * The new value.
   *
   * @return a copy; empty when the leaf is gone
   */
  @Override
  public Optional<JsonNode> after() {
    return after.map(JsonNode::deepCopy);
  }

  /**
   * What caused the change: the origin of the new value or, for a leaf that is gone, of the old one
   * (the layer that no longer sets it).
   *
   * @return the origin; empty when neither composition knows one
   */
  public Optional<FieldOrigin> cause() {
    return afterOrigin.isPresent() ? afterOrigin : beforeOrigin;
  }
}
