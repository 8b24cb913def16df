package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A resource tree changed without touching the caller's: an object or array is copied (shallowly,
 * keys in their order) the first time something in it changes, and the copy replaces it in its
 * copied parent, up to a copied root. Subtrees nothing changes stay shared with the caller's tree,
 * so the result must only be read.
 *
 * <p>The defaults the validator applies (CRD defaults, KServe's webhook defaults) go through one
 * instance, so each node on a changed path is copied at most once.
 */
final class CopyOnWrite {
  private final Set<JsonNode> copies = Collections.newSetFromMap(new IdentityHashMap<>());
  private ObjectNode root;

  CopyOnWrite(ObjectNode root) {
    this.root = root;
  }

  /** The tree as changed so far (the caller's own tree when nothing has changed). */
  ObjectNode root() {
    return root;
  }

  /** The root, copied if it has not been. */
  ObjectNode writableRoot() {
    root = own(root);
    return root;
  }

  /** {@code node} itself when it is a copy made here, otherwise a new shallow copy of it. */
  ObjectNode own(ObjectNode node) {
    if (copies.contains(node)) {
      return node;
    }
    ObjectNode copy = node.objectNode();
    copy.setAll(node);
    copies.add(copy);
    return copy;
  }

  /** As {@link #own(ObjectNode)} for an array. */
  ArrayNode own(ArrayNode node) {
    if (copies.contains(node)) {
      return node;
    }
    ArrayNode copy = node.arrayNode(node.size());
    copy.addAll(node);
    copies.add(copy);
    return copy;
  }

  /**
   * The object at {@code path} under the root, writable: every object on the way copied and
   * re-attached, an absent or null one created (as an empty object, where the key is or at the
   * end).
   *
   * @throws IllegalStateException when a step holds something other than an object
   */
  ObjectNode writable(String... path) {
    ObjectNode current = writableRoot();
    for (String key : path) {
      JsonNode child = current.get(key);
      ObjectNode next;
      if (child instanceof ObjectNode o) {
        next = own(o);
        if (next != o) {
          current.set(key, next);
        }
      } else if (child == null || child.isNull()) {
        next = current.putObject(key);
        copies.add(next);
      } else {
        throw new IllegalStateException("not an object at " + key);
      }
      current = next;
    }
    return current;
  }
}
