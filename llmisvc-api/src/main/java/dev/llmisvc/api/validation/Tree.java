package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Nil-safe reads of a JSON tree, with Go's view of absence: a missing key and null are nil. */
final class Tree {
  private Tree() {}

  /** The child, or a missing node when the parent or the child is absent or null. */
  static JsonNode at(JsonNode node, String... keys) {
    JsonNode n = node;
    for (String k : keys) {
      if (n == null || !n.isObject()) {
        return MissingNode.getInstance();
      }
      n = n.get(k);
    }
    return n == null || n.isNull() ? MissingNode.getInstance() : n;
  }

  /** Go's {@code != nil} for a pointer, slice or map field. */
  static boolean has(JsonNode node, String... keys) {
    return !at(node, keys).isMissingNode();
  }

  /** A string field, {@code ""} when absent (Go's zero value). */
  static String text(JsonNode node, String... keys) {
    JsonNode n = at(node, keys);
    return n.isValueNode() ? n.asText() : "";
  }

  /** An integer field, {@code deflt} when absent. */
  static long integer(JsonNode node, long deflt, String... keys) {
    JsonNode n = at(node, keys);
    return n.isMissingNode() ? deflt : n.asLong();
  }

  /** {@code len(x) > 0} for a slice or map field. */
  static boolean nonEmpty(JsonNode node, String... keys) {
    JsonNode n = at(node, keys);
    return (n.isArray() || n.isObject()) && n.size() > 0;
  }
}
