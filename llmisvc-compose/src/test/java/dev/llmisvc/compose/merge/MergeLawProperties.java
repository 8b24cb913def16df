package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of composition.md §6.6, on the domains where they hold. Layers come from {@link
 * SpecArbitraries}: KServe fields and pod templates whose keyed lists have unique keys, and whose
 * pod specs may lack containers.
 */
class MergeLawProperties {
  private static final GoSchema SCHEMA = GoSchema.kserve();
  private final SpecMerger merger = SpecMerger.kserve();
  private final TypeWalk walk = new TypeWalk(SCHEMA, SCHEMA.spec("v1alpha2"));

  @Provide
  Arbitrary<List<ObjectNode>> threeLayers() {
    return SpecArbitraries.layers(3, 3);
  }

  @Provide
  Arbitrary<List<ObjectNode>> someLayers() {
    return SpecArbitraries.layers(1, 4);
  }

  /**
   * Folding is associative up to the order of keyed lists: merging {@code b} and {@code c} first
   * and using the result as one layer gives the same items with the same content. The ORDER of a
   * keyed list is not associative, see {@link #keyedOrderIsNotAssociative()}.
   */
  @Property(tries = 300)
  void foldingIsAssociativeUpToKeyedListOrder(@ForAll("threeLayers") List<ObjectNode> s) {
    ObjectNode left = merge(merge(s.get(0), s.get(1)), s.get(2));
    ObjectNode right = merge(s.get(0), merge(s.get(1), s.get(2)));
    assertThat(byKey(right)).isEqualTo(byKey(left));
  }

  @Example
  void keyedOrderIsNotAssociative() {
    ObjectNode x = containers("x");
    ObjectNode y = containers("y");
    assertThat(names(merge(merge(x, y), x))).containsExactly("y", "x");
    assertThat(names(merge(x, merge(y, x)))).containsExactly("x", "y");
  }

  /**
   * A RawExtension breaks associativity outright: a {@code null} kept verbatim in an inline config
   * deletes as a patch but is only a null value as a base.
   */
  @Example
  void inlineNullsAreNotAssociative() {
    ObjectNode a = inline("{\"plugins\":[1]}");
    ObjectNode b = inline("{\"plugins\":null}");
    ObjectNode c = inline("{\"plugins\":[2]}");
    assertThat(merge(merge(a, b), c).at("/router/scheduler/config/inline/plugins").toString())
        .isEqualTo("[2]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> merge(a, merge(b, c)))
        .isInstanceOf(MergeException.class)
        .hasMessageContaining("unable to find api field in struct RawExtension");
  }

  private static ObjectNode inline(String json) {
    try {
      ObjectNode spec = JsonNodeFactory.instance.objectNode();
      spec.putObject("router")
          .putObject("scheduler")
          .putObject("config")
          .set("inline", new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
      return spec;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The empty layer is a right identity always. */
  @Property(tries = 300)
  void anEmptyLaterLayerChangesNothing(@ForAll("someLayers") List<ObjectNode> s) {
    List<ObjectNode> more = new ArrayList<>(s);
    more.add(JsonNodeFactory.instance.objectNode());
    assertThat(mergeAll(more)).isEqualTo(mergeAll(s));
  }

  /**
   * The empty layer is a left identity only when no defaulted pod spec of the next layer lacks
   * containers (the first layer escapes SetDefaults): checked on layers that all have containers.
   */
  @Property(tries = 300)
  void anEmptyFirstLayerChangesNothingWhenPodSpecsHaveContainers(
      @ForAll("someLayers") List<ObjectNode> s) {
    if (s.get(0).has("template") && !s.get(0).get("template").has("containers")) {
      ((ObjectNode) s.get(0).get("template")).putArray("containers").addObject().put("name", "m");
    }
    List<ObjectNode> more = new ArrayList<>();
    more.add(JsonNodeFactory.instance.objectNode());
    more.addAll(s);
    assertThat(mergeAll(more)).isEqualTo(mergeAll(s));
  }

  /** Adding omitempty zero values (non-pointer) anywhere in any layer never changes the result. */
  @Property(tries = 300)
  void zeroValuesAddedToALayerChangeNothing(@ForAll("someLayers") List<ObjectNode> s) {
    List<ObjectNode> padded = new ArrayList<>();
    for (ObjectNode layer : s) {
      ObjectNode copy = layer.deepCopy();
      addZeros(copy, walk.root());
      padded.add(copy);
    }
    assertThat(mergeAll(padded)).isEqualTo(mergeAll(s));
  }

  /** Given layers without duplicate keys, no keyed list of the result has a duplicate key. */
  @Property(tries = 300)
  void keyedMergesNeverDuplicateKeys(@ForAll("someLayers") List<ObjectNode> s) {
    assertNoDuplicateKeys(mergeAll(s), walk.root(), "");
  }

  /**
   * Every scalar and unkeyed list the last layer's patch carries is in the result, by that layer.
   */
  @Property(tries = 300)
  void theLastWriterWinsOnScalars(@ForAll("someLayers") List<ObjectNode> s) {
    List<Layer> layers = PodSpecArbitraries.asLayers(s);
    MergeResult result = merger.merge(layers);
    Layer last = layers.get(layers.size() - 1);
    ObjectNode written =
        layers.size() == 1 ? merger.baseOf(last) : merger.patchOf(last, new ArrayList<>());
    Map<String, JsonNode> leaves = new TreeMap<>();
    leaves(written, "", walk.root(), leaves);
    leaves.forEach(
        (path, value) -> {
          assertThat(result.provenance().layerOf(path)).as(path).hasValue(last.id());
        });
  }

  /** Applying the same (non-first) layer twice is applying it once. */
  @Property(tries = 300)
  void reapplyingALayerChangesNothing(@ForAll("someLayers") List<ObjectNode> s) {
    List<ObjectNode> base = new ArrayList<>(s);
    if (base.size() == 1) {
      base.add(0, JsonNodeFactory.instance.objectNode().put("replicas", 1));
    }
    List<ObjectNode> twice = new ArrayList<>(base);
    twice.add(base.get(base.size() - 1));
    assertThat(mergeAll(twice)).isEqualTo(mergeAll(base));
  }

  // ---- helpers ----

  private ObjectNode merge(ObjectNode a, ObjectNode b) {
    return mergeAll(List.of(a, b));
  }

  private ObjectNode mergeAll(List<ObjectNode> specs) {
    return merger.merge(PodSpecArbitraries.asLayers(specs)).spec();
  }

  private static ObjectNode containers(String... names) {
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
    ArrayNode list = spec.putObject("template").putArray("containers");
    for (String n : names) {
      list.addObject().put("name", n);
    }
    return spec;
  }

  private static List<String> names(ObjectNode spec) {
    List<String> out = new ArrayList<>();
    spec.path("template").path("containers").forEach(c -> out.add(c.get("name").asText()));
    return out;
  }

  /** The document with every keyed list turned into an object by key (order forgotten). */
  private JsonNode byKey(JsonNode node) {
    return byKey(node, walk.root());
  }

  private JsonNode byKey(JsonNode node, TypeWalk.Position at) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      node.properties()
          .iterator()
          .forEachRemaining(
              e -> out.set(e.getKey(), byKey(e.getValue(), walk.member(at, e.getKey()))));
      return out;
    }
    if (node.isArray() && at.mergeKey().isPresent()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      String key = at.mergeKey().get();
      node.forEach(item -> out.set(item.get(key).asText(), byKey(item, walk.element(at))));
      return out;
    }
    return node;
  }

  /** Adds the zero value of every absent non-pointer omitempty field of every known struct. */
  private void addZeros(JsonNode node, TypeWalk.Position at) {
    if (node.isObject()) {
      walk.struct(at)
          .ifPresent(
              struct -> {
                for (GoField f : struct.jsonFields()) {
                  if (!f.omitEmpty() || node.has(f.jsonName())) {
                    continue;
                  }
                  GoType t = f.type();
                  ObjectNode o = (ObjectNode) node;
                  if (t instanceof GoType.Slice) {
                    o.putArray(f.jsonName());
                  } else if (t instanceof GoType.MapOf) {
                    o.putObject(f.jsonName());
                  } else if (t instanceof GoType.Scalar s) {
                    switch (s.name()) {
                      case "string" -> o.put(f.jsonName(), "");
                      case "bool" -> o.put(f.jsonName(), false);
                      default -> o.put(f.jsonName(), 0);
                    }
                  }
                }
              });
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        addZeros(node.get(k), walk.member(at, k));
      }
    } else if (node.isArray()) {
      node.forEach(item -> addZeros(item, walk.element(at)));
    }
  }

  private void assertNoDuplicateKeys(JsonNode node, TypeWalk.Position at, String path) {
    if (node.isObject()) {
      node.properties()
          .iterator()
          .forEachRemaining(
              e ->
                  assertNoDuplicateKeys(
                      e.getValue(), walk.member(at, e.getKey()), SpecPath.child(path, e.getKey())));
    } else if (node.isArray()) {
      if (at.mergeKey().isPresent()) {
        Set<String> seen = new HashSet<>();
        for (JsonNode item : node) {
          assertThat(seen.add(item.get(at.mergeKey().get()).toString()))
              .as("duplicate %s in %s", item.get(at.mergeKey().get()), path)
              .isTrue();
        }
      }
      node.forEach(item -> assertNoDuplicateKeys(item, walk.element(at), path));
    }
  }

  /** Scalar and unkeyed-list leaves of a patch, addressed as provenance addresses them. */
  private void leaves(JsonNode node, String path, TypeWalk.Position at, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.properties()
          .iterator()
          .forEachRemaining(
              e ->
                  leaves(
                      e.getValue(),
                      SpecPath.child(path, e.getKey()),
                      walk.member(at, e.getKey()),
                      out));
    } else if (node.isArray() && at.mergeKey().isPresent()) {
      String key = at.mergeKey().get();
      node.forEach(
          item -> leaves(item, SpecPath.item(path, key, item.get(key)), walk.element(at), out));
    } else if (!node.isNull() && !(node.isArray() && node.isEmpty())) {
      out.put(path, node);
    }
  }
}
