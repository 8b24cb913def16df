package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One application of a strategic merge patch, apimachinery's {@code StrategicMergePatch} with
 * {@code IgnoreUnmatchedNulls} (the apply step of KServe's {@code mergeSpecs}), recording who wrote
 * what and what got replaced.
 *
 * <p>Per key of the patch: a {@code null} deletes; a key the base lacks, or whose base value has
 * another JSON type, takes the patch value with its nulls removed; two objects merge key by key;
 * two lists merge by key when the Go field says {@code patchStrategy:"merge"} (order: {@link
 * #orderAfterMerge}), else the patch list replaces the base list; scalars replace. Under a
 * RawExtension two objects or two lists under the same key fail, as Go's field lookup does.
 *
 * <p>Not done: patch directives ({@code $patch}, {@code $retainKeys}, {@code $setElementOrder},
 * {@code $deleteFromPrimitiveList}) are ordinary keys here; KServe's patches never carry them.
 */
final class PatchApplication {
  private final TypeWalk walk;
  private final String layer;
  private final Ownership ownership;
  private final List<LayerDiagnostics.Replacement> replaced = new ArrayList<>();
  private final List<LayerDiagnostics.SourceConflict> conflicts = new ArrayList<>();
  private final Touched touched = new Touched();

  /**
   * The containers of the base an application changed: those it merged into in place (the base
   * object itself, the objects and keyed items it merged into, the keyed lists it rebuilt) and
   * those it put in (copies of the patch's values, a rebuilt scalar list). Every other container of
   * the base is exactly as it was before the application, and so is everything inside it: the
   * application only reaches a container by merging into each container above it.
   */
  static final class Touched {
    private final Set<JsonNode> merged = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<JsonNode> inserted = Collections.newSetFromMap(new IdentityHashMap<>());

    boolean merged(JsonNode node) {
      return merged.contains(node);
    }

    boolean inserted(JsonNode node) {
      return inserted.contains(node);
    }

    private void merge(JsonNode node) {
      merged.add(node);
    }

    private void insert(JsonNode node) {
      if (node.isContainerNode()) {
        inserted.add(node);
      }
    }
  }

  PatchApplication(TypeWalk walk, String layer, Ownership ownership) {
    this.walk = walk;
    this.layer = layer;
    this.ownership = ownership;
  }

  List<LayerDiagnostics.Replacement> replaced() {
    return replaced;
  }

  List<LayerDiagnostics.SourceConflict> conflicts() {
    return conflicts;
  }

  /** What {@link #apply} changed in the base. */
  Touched touched() {
    return touched;
  }

  /** Applies {@code patch} to {@code base} in place. */
  void apply(ObjectNode base, ObjectNode patch) {
    mergeObject(base, patch, "", walk.root());
  }

  private void mergeObject(ObjectNode base, ObjectNode patch, String path, TypeWalk.Position at) {
    touched.merge(base);
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      String keyPath = SpecPath.child(path, key);
      JsonNode old = base.get(key);
      if (value.isNull()) {
        if (old != null) {
          base.remove(key);
          ownership.forget(keyPath);
          if (!old.isNull()) {
            replaced.add(new LayerDiagnostics.Replacement(keyPath, old, NullNode.getInstance()));
          }
        }
        continue;
      }
      if (old == null || old.getNodeType() != value.getNodeType()) {
        JsonNode taken = withoutNulls(value);
        touched.insert(taken);
        base.set(key, taken);
        ownership.forget(keyPath);
        claim(taken, keyPath, walk.member(at, key));
        continue;
      }
      if (value.isObject()) {
        TypeWalk.Position member = memberForMerge(at, key, keyPath);
        ownership.record(keyPath, layer);
        mergeObject((ObjectNode) old, (ObjectNode) value, keyPath, member);
      } else if (value.isArray()) {
        TypeWalk.Position member = memberForMerge(at, key, keyPath);
        if (member.mergesByKey()) {
          ownership.record(keyPath, layer);
          base.set(key, mergeList((ArrayNode) old, (ArrayNode) value, keyPath, member));
        } else {
          if (!old.equals(value)) {
            replaced.add(new LayerDiagnostics.Replacement(keyPath, old, value.deepCopy()));
          }
          JsonNode taken = value.deepCopy();
          touched.insert(taken);
          base.set(key, taken);
          ownership.forget(keyPath);
          claim(taken, keyPath, member);
        }
      } else {
        base.set(key, value.deepCopy());
        ownership.record(keyPath, layer);
      }
    }
  }

  /** Go looks up the field only when both sides are objects or both lists; opaque types fail. */
  private TypeWalk.Position memberForMerge(TypeWalk.Position at, String key, String keyPath) {
    at.opaqueStruct()
        .ifPresent(
            name -> {
              throw new MergeException(
                  layer,
                  keyPath,
                  "unable to find api field in struct "
                      + name
                      + " for the json field \""
                      + key
                      + "\"");
            });
    return walk.member(at, key);
  }

  private ArrayNode mergeList(ArrayNode base, ArrayNode patch, String path, TypeWalk.Position at) {
    if (base.isEmpty() && patch.isEmpty()) {
      return base;
    }
    boolean objects = true;
    for (JsonNode item : base) {
      objects &= item.isObject();
    }
    for (JsonNode item : patch) {
      objects &= item.isObject();
    }
    if (!objects) {
      return mergeScalars(base, patch, path);
    }
    String key =
        at.mergeKey()
            .orElseThrow(
                () -> new MergeException(layer, path, "cannot merge lists without merge key"));
    for (JsonNode item : base) {
      requireKey(item, key, path);
    }
    TypeWalk.Position element = walk.element(at);
    List<JsonNode> merged = new ArrayList<>();
    base.forEach(merged::add);
    for (JsonNode item : patch) {
      requireKey(item, key, path);
      JsonNode keyValue = item.get(key);
      String itemPath = SpecPath.item(path, key, keyValue);
      int found = indexOf(merged, key, keyValue);
      if (found >= 0) {
        ownership.record(itemPath, layer);
        mergeObject((ObjectNode) merged.get(found), (ObjectNode) item, itemPath, element);
      } else {
        JsonNode added = item.deepCopy();
        touched.insert(added);
        merged.add(added);
        ownership.forget(itemPath);
        claim(added, itemPath, element);
      }
      if (at.retainsKeys()) {
        checkSources(merged.get(indexOf(merged, key, keyValue)), key, itemPath);
      }
    }
    ArrayNode out = orderAfterMerge(merged, patch, base, key);
    touched.merge(out);
    return out;
  }

  /**
   * apimachinery's {@code normalizeElementOrder}: items named in the patch come in patch order,
   * base-only items keep base order, and a base-only item goes first only when both it and the
   * patch item at hand are in the base and it comes earlier there. So new items precede the
   * remaining base-only items: {@code [a, z] + [b, z] = [b, a, z]}.
   */
  static ArrayNode orderAfterMerge(
      List<JsonNode> merged, ArrayNode patch, ArrayNode base, String key) {
    return orderAfterMerge(merged, patch, base, item -> item.get(key));
  }

  private static ArrayNode orderAfterMerge(
      List<JsonNode> merged, ArrayNode patch, ArrayNode base, Function<JsonNode, JsonNode> keyOf) {
    List<JsonNode> patchItems = new ArrayList<>();
    List<JsonNode> baseOnly = new ArrayList<>();
    for (JsonNode item : merged) {
      (indexOf(patch, keyOf, keyOf.apply(item)) >= 0 ? patchItems : baseOnly).add(item);
    }
    patchItems.sort(Comparator.comparingInt(item -> indexOf(patch, keyOf, keyOf.apply(item))));
    baseOnly.sort(Comparator.comparingInt(item -> indexOf(base, keyOf, keyOf.apply(item))));
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    int i = 0;
    int j = 0;
    while (i < baseOnly.size() || j < patchItems.size()) {
      if (j >= patchItems.size()) {
        out.add(baseOnly.get(i++));
      } else if (i >= baseOnly.size()) {
        out.add(patchItems.get(j++));
      } else {
        int left = indexOf(base, keyOf, keyOf.apply(baseOnly.get(i)));
        int right = indexOf(base, keyOf, keyOf.apply(patchItems.get(j)));
        if (left >= 0 && right >= 0 && left < right) {
          out.add(baseOnly.get(i++));
        } else {
          out.add(patchItems.get(j++));
        }
      }
    }
    return out;
  }

  /**
   * Scalar lists under {@code patchStrategy:"merge"} (only {@code finalizers} in these types):
   * apimachinery's de-duplicated union, in the same order as keyed items.
   */
  private ArrayNode mergeScalars(ArrayNode base, ArrayNode patch, String path) {
    List<JsonNode> union = new ArrayList<>();
    for (JsonNode v : base) {
      if (indexOf(union, Function.identity(), v) < 0) {
        union.add(v);
      }
    }
    for (JsonNode v : patch) {
      if (indexOf(union, Function.identity(), v) < 0) {
        union.add(v);
      }
    }
    ownership.forget(path);
    ownership.record(path, layer);
    ArrayNode out = orderAfterMerge(union, patch, base, Function.identity());
    touched.insert(out);
    return out;
  }

  private void checkSources(JsonNode item, String key, String itemPath) {
    List<String> sources = new ArrayList<>();
    item.fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals(key) && !item.get(name).isNull()) {
                sources.add(name);
              }
            });
    conflicts.removeIf(c -> c.path().equals(itemPath));
    if (sources.size() > 1) {
      conflicts.add(new LayerDiagnostics.SourceConflict(itemPath, sources));
    }
  }

  private void requireKey(JsonNode item, String key, String path) {
    if (!item.has(key)) {
      throw new MergeException(
          layer, path, "map: " + item + " does not contain declared merge key: " + key);
    }
  }

  static int indexOf(Iterable<JsonNode> items, String key, JsonNode value) {
    return indexOf(items, item -> item.get(key), value);
  }

  private static int indexOf(
      Iterable<JsonNode> items, Function<JsonNode, JsonNode> keyOf, JsonNode value) {
    int i = 0;
    for (JsonNode item : items) {
      if (sameValue(keyOf.apply(item), value)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** Go's {@code reflect.DeepEqual} on decoded JSON: numbers compare by value. */
  static boolean sameValue(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  /**
   * Records this layer as the writer of everything in {@code value}, exactly as {@code apply(an
   * empty object, a deep copy of value)} would, without the copies: {@code null}s and what is below
   * them are skipped, as the copy {@link #withoutNulls} would have lost them.
   */
  void claimAll(ObjectNode value) {
    TypeWalk.Position root = walk.root();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNull()) {
        continue;
      }
      String keyPath = SpecPath.child("", e.getKey());
      ownership.forget(keyPath);
      claimNonNull(e.getValue(), keyPath, walk.member(root, e.getKey()));
    }
  }

  /** {@link #claim} of {@code withoutNulls(value)}, without the copy. */
  private void claimNonNull(JsonNode value, String path, TypeWalk.Position at) {
    ownership.record(path, layer);
    String key;
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isNull()) {
          claimNonNull(e.getValue(), SpecPath.child(path, e.getKey()), walk.member(at, e.getKey()));
        }
      }
    } else if (value.isArray() && (key = at.mergeKeyOrNull()) != null) {
      TypeWalk.Position element = walk.element(at);
      for (JsonNode item : value) {
        if (item.isObject() && item.hasNonNull(key)) {
          JsonNode keyValue = item.get(key);
          if (keyValue.isContainerNode()) {
            keyValue = withoutNulls(keyValue);
          }
          claimNonNull(item, SpecPath.item(path, key, keyValue), element);
        }
      }
    }
  }

  /** Records this layer as the writer of {@code value} and everything inside it. */
  private void claim(JsonNode value, String path, TypeWalk.Position at) {
    ownership.record(path, layer);
    if (value.isObject()) {
      value
          .properties()
          .iterator()
          .forEachRemaining(
              e ->
                  claim(
                      e.getValue(), SpecPath.child(path, e.getKey()), walk.member(at, e.getKey())));
    } else if (value.isArray() && at.mergeKey().isPresent()) {
      String key = at.mergeKey().get();
      for (JsonNode item : value) {
        if (item.isObject() && item.has(key)) {
          claim(item, SpecPath.item(path, key, item.get(key)), walk.element(at));
        }
      }
    }
  }

  /** apimachinery's {@code discardNullValuesFromPatch}: nulls go from objects at any depth. */
  static JsonNode withoutNulls(JsonNode value) {
    JsonNode copy = value.deepCopy();
    stripNulls(copy);
    return copy;
  }

  static void stripNulls(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        JsonNode value = it.next().getValue();
        if (value.isNull()) {
          it.remove();
        } else if (value.isContainerNode()) {
          stripNulls(value);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isContainerNode()) {
          stripNulls(item);
        }
      }
    }
  }
}
