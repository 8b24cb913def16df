package dev.llmisvc.compose.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Reading a Kubernetes object held as a Jackson tree the way Go reads its typed struct: a missing
 * key and an explicit {@code null} are the same thing (a nil pointer), so both give {@link
 * Optional#empty()}.
 *
 * <p>For example {@code TreePaths.text(spec, "router", "scheduler", "pool", "ref", "name")} is the
 * pool ref name when every step on the way is an object holding the next key.
 */
public final class TreePaths {
  private TreePaths() {}

  /** The node at {@code path} below {@code root}, absent when a step is missing or null. */
  public static Optional<JsonNode> at(JsonNode root, String... path) {
    JsonNode node = root;
    for (String key : path) {
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      node = node.get(key);
    }
    return node == null || node.isNull() || node.isMissingNode()
        ? Optional.empty()
        : Optional.of(node);
  }

  /** The object at {@code path}, absent when missing, null or not an object. */
  public static Optional<ObjectNode> object(JsonNode root, String... path) {
    return at(root, path).filter(JsonNode::isObject).map(ObjectNode.class::cast);
  }

  /** The array at {@code path}, absent when missing, null or not an array. */
  public static Optional<ArrayNode> array(JsonNode root, String... path) {
    return at(root, path).filter(JsonNode::isArray).map(ArrayNode.class::cast);
  }

  /** The string at {@code path}, absent when missing, null or not a string. */
  public static Optional<String> text(JsonNode root, String... path) {
    return at(root, path).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** The string at {@code path}, or {@code ""} like a Go string field that was never set. */
  public static String textOrEmpty(JsonNode root, String... path) {
    return text(root, path).orElse("");
  }

  /** Whether a non-null value sits at {@code path} (a non-nil pointer in Go terms). */
  public static boolean present(JsonNode root, String... path) {
    return at(root, path).isPresent();
  }

  /**
   * The integer at {@code path}, 0 when absent (a nil {@code *int32} compared with {@code > 0}).
   */
  public static long number(JsonNode root, String... path) {
    return at(root, path).filter(JsonNode::isNumber).map(JsonNode::asLong).orElse(0L);
  }
}
