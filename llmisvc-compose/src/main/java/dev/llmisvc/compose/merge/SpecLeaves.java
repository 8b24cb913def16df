package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.schema.GoSchema;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leaves of a v1alpha2 spec, addressed the way {@link Provenance} addresses them: scalars,
 * lists without a merge key (as a whole), empty objects and lists (presence markers), and items of
 * keyed lists by their merge key ({@code template.containers[name=main].image}).
 *
 * <pre>{@code
 * Map<String, JsonNode> before = SpecLeaves.of(spec);
 * // ... change the spec ...
 * Map<String, JsonNode> after = SpecLeaves.of(spec);  // compare to see what a step touched
 * }</pre>
 */
public final class SpecLeaves {
  private static final TypeWalk SPEC =
      new TypeWalk(GoSchema.kserve(), GoSchema.kserve().spec("v1alpha2"));

  private SpecLeaves() {}

  /** Every leaf of {@code spec} with its value, in document order. */
  public static Map<String, JsonNode> of(JsonNode spec) {
    // sized for a typical spec (146 leaves for the benchmark service): no rehashing on the way
    LinkedHashMap<String, JsonNode> out = new LinkedHashMap<>(256);
    walk(
        spec,
        SPEC,
        null,
        new Visitor<Void>() {
          @Override
          public Void enter(String path, Void parent) {
            return null;
          }

          @Override
          public void leaf(String path, JsonNode value, Void context) {
            out.put(path, value);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /**
   * What a walk calls: {@link #enter} for every node, objects and keyed lists included, with the
   * context its parent got; {@link #leaf} for the leaves, with the context {@code enter} returned
   * for them.
   */
  interface Visitor<C> {
    C enter(String path, C parent);

    void leaf(String path, JsonNode value, C context);
  }

  /** Walks {@code spec} depth first in document order. */
  static <C> void walk(JsonNode spec, TypeWalk types, C root, Visitor<C> visitor) {
    walk(spec, "", types.root(), types, root, visitor);
  }

  private static <C> void walk(
      JsonNode node, String path, TypeWalk.Position at, TypeWalk types, C parent, Visitor<C> v) {
    C context = v.enter(path, parent);
    if (node.isObject() && !node.isEmpty()) {
      SpecPath.Below below = SpecPath.below(path);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(
            e.getValue(),
            SpecPath.child(below, e.getKey()),
            types.member(at, e.getKey()),
            types,
            context,
            v);
      }
      return;
    }
    String key;
    if (node.isArray() && !node.isEmpty() && (key = at.mergeKeyOrNull()) != null) {
      boolean keyed = true;
      for (JsonNode item : node) {
        keyed &= item.isObject() && item.has(key);
      }
      if (keyed) {
        TypeWalk.Position element = types.element(at);
        SpecPath.Below below = SpecPath.below(path);
        for (JsonNode item : node) {
          walk(item, SpecPath.item(below, key, item.get(key)), element, types, context, v);
        }
        return;
      }
    }
    v.leaf(path, node, context);
  }
}
