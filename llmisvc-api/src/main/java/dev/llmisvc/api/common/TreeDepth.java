package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Measures how deep a JSON tree nests without recursion, so that a tree of any depth is measured in
 * constant stack and can be refused before recursive code (Jackson's own {@code deepCopy}, {@code
 * equals} and {@code hashCode}, conversion, merge, templates) sees it.
 *
 * <p>Support for this API's bounds ({@link Embedded#MAX_DEPTH}, the composer's); not meant to be
 * called by users.
 */
public final class TreeDepth {
  private TreeDepth() {}

  /**
   * Where {@code root} first nests deeper than {@code max} levels (the root object being level 1).
   *
   * @param root the tree
   * @param max the deepest level allowed
   * @return the path of the first object or list beyond {@code max}, shortened in the middle; empty
   *     when the tree is within the bound
   */
  public static Optional<String> beyond(JsonNode root, int max) {
    if (!root.isContainerNode()) {
      return Optional.empty();
    }
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, null, null));
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (!top.children.hasNext()) {
        stack.pop();
        continue;
      }
      Map.Entry<String, JsonNode> child = top.children.next();
      JsonNode value = child.getValue();
      if (!value.isContainerNode() || value.isEmpty()) {
        continue;
      }
      Frame frame = new Frame(value, top, child.getKey());
      if (stack.size() + 1 > max) {
        return Optional.of(frame.path());
      }
      stack.push(frame);
    }
    return Optional.empty();
  }

  private static final class Frame {
    final Iterator<Map.Entry<String, JsonNode>> children;
    final Frame parent;
    final String key;

    Frame(JsonNode node, Frame parent, String key) {
      this.parent = parent;
      this.key = key;
      if (node.isObject()) {
        this.children = node.properties().iterator();
      } else {
        Iterator<JsonNode> items = node.elements();
        int[] index = {0};
        this.children =
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return items.hasNext();
              }

              @Override
              public Map.Entry<String, JsonNode> next() {
                return Map.entry("[" + index[0]++ + "]", items.next());
              }
            };
      }
    }

    /** The path, shortened in the middle: a path a thousand levels long helps nobody. */
    String path() {
      Deque<String> keys = new ArrayDeque<>();
      for (Frame f = this; f != null && f.key != null; f = f.parent) {
        keys.push(f.key);
      }
      StringBuilder b = new StringBuilder();
      int i = 0;
      int n = keys.size();
      for (String k : keys) {
        if (i < 6 || i >= n - 2) {
          if (b.length() > 0 && !k.startsWith("[")) {
            b.append('.');
          }
          b.append(k);
        } else if (i == 6) {
          b.append(".(").append(n - 8).append(" more)");
        }
        i++;
      }
      return b.toString();
    }
  }
}
