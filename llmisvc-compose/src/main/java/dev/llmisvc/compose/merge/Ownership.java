package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running record behind {@link Provenance}: the layer that last wrote each path. Writes are
 * recorded for objects and leaves alike; when the merged spec is final, its leaves are read off
 * with the nearest recorded ancestor as the fallback.
 */
final class Ownership {
  private final TreeMap<String, String> writers = new TreeMap<>();

  void record(String path, String layer) {
    writers.put(path, layer);
  }

  /** Forgets everything at or below {@code path} (a deleted or wholly replaced value). */
  void forget(String path) {
    writers
        .subMap(path, true, path + Character.MAX_VALUE, false)
        .keySet()
        .removeIf(p -> SpecPath.isAtOrBelow(p, path));
  }

  /**
   * Reads the provenance of {@code spec}'s leaves, addressing keyed items as {@code paths} does.
   */
  Provenance of(JsonNode spec, TypeWalk walk) {
    LinkedHashMap<String, String> out = new LinkedHashMap<>();
    leaves(spec, "", walk.root(), walk, out, "");
    return new Provenance(out);
  }

  private void leaves(
      JsonNode node,
      String path,
      TypeWalk.Position at,
      TypeWalk walk,
      Map<String, String> out,
      String inherited) {
    String writer = writers.getOrDefault(path, inherited);
    if (node.isObject() && !node.isEmpty()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        leaves(
            e.getValue(),
            SpecPath.child(path, e.getKey()),
            walk.member(at, e.getKey()),
            walk,
            out,
            writer);
      }
      return;
    }
    if (node.isArray() && !node.isEmpty() && at.mergeKey().isPresent()) {
      String key = at.mergeKey().get();
      boolean keyed = true;
      for (JsonNode item : node) {
        keyed &= item.isObject() && item.has(key);
      }
      if (keyed) {
        for (JsonNode item : node) {
          leaves(
              item, SpecPath.item(path, key, item.get(key)), walk.element(at), walk, out, writer);
        }
        return;
      }
    }
    out.put(path, writer);
  }
}
