package dev.llmisvc.compose.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which layer set each leaf of a merged spec.
 *
 * <p>A leaf is a scalar, a list without a merge key (it is replaced whole, so it has one author),
 * or an empty object or list (a presence marker such as {@code router.route: {}}). Paths join JSON
 * keys with dots; items of a keyed list are addressed by their merge key, {@code
 * template.containers[name=main].image}, {@code
 * template.containers[name=main].ports[containerPort=8000].name}; keys that are not plain
 * identifiers are quoted, {@code labels["app.kubernetes.io/name"]}.
 *
 * <p>A leaf that no layer wrote (a zero value Go writes for a field without {@code omitempty}, such
 * as {@code resources: {}}) belongs to the layer that wrote its nearest enclosing value.
 */
public final class Provenance {
  private final Map<String, String> entries;

  Provenance(LinkedHashMap<String, String> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** The layer that set the leaf at {@code path}, empty when there is no such leaf. */
  public Optional<String> layerOf(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  /** Every leaf and its layer, in document order. */
  public Map<String, String> entries() {
    return entries;
  }

  /**
   * The leaves at or below {@code prefix}, in document order: {@code under("template")} gives
   * everything in the pod template, {@code under("template.containers[name=main]")} one container.
   */
  public Map<String, String> under(String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach(
        (path, layer) -> {
          if (SpecPath.isAtOrBelow(path, prefix)) {
            out.put(path, layer);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  /**
   * Whether a key is written after a dot in provenance paths ({@code a.key}) rather than quoted
   * ({@code a["app.kubernetes.io/name"]}): the one spelling rule every field path of the library
   * follows.
   *
   * @param key a map key or field name
   * @return true for keys matching {@code [A-Za-z_$][A-Za-z0-9_$-]*}
   */
  public static boolean isPlainKey(String key) {
    return SpecPath.isPlain(key);
  }
}
