package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.TreeMap;

/**
 * The running record behind {@link Provenance}: the layer that last wrote each path. Writes are
 * recorded for objects and leaves alike; when the merged spec is final, its leaves are read off
 * with the nearest recorded ancestor as the fallback.
 */
final class Ownership {
  private final TreeMap<String, String> writers = new TreeMap<>();
  private final boolean tracked;

  /**
   * @param tracked whether writes are recorded; without, {@link #of} gives no entries
   */
  Ownership(boolean tracked) {
    this.tracked = tracked;
  }

  void record(String path, String layer) {
    if (tracked) {
      writers.put(path, layer);
    }
  }

  /** Forgets everything at or below {@code path} (a deleted or wholly replaced value). */
  void forget(String path) {
    if (!tracked) {
      return;
    }
    writers
        .subMap(path, true, path + Character.MAX_VALUE, false)
        .keySet()
        .removeIf(p -> SpecPath.isAtOrBelow(p, path));
  }

  /**
   * Reads the provenance of {@code spec}'s leaves, addressing keyed items as {@code paths} does.
   */
  Provenance of(JsonNode spec, TypeWalk walk) {
    if (!tracked) {
      return new Provenance(new LinkedHashMap<>());
    }
    LinkedHashMap<String, String> out = new LinkedHashMap<>(256);
    SpecLeaves.walk(
        spec,
        walk,
        "",
        new SpecLeaves.Visitor<String>() {
          @Override
          public String enter(String path, String inherited) {
            return writers.getOrDefault(path, inherited);
          }

          @Override
          public void leaf(String path, JsonNode value, String writer) {
            out.put(path, writer);
          }
        });
    return new Provenance(out);
  }
}
