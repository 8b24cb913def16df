package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins the merge keys and strategies of {@code core.types} against kubectl: for every list field
 * reachable from {@code PodSpec} through objects and keyed lists, a base item and a patch item with
 * the same key must merge when the table gives a merge key, and the patch must replace the list
 * when it gives none.
 */
class MergeKeyTableKubectlIT {
  private static final GoSchema SCHEMA = GoSchema.kserve();

  /** A list field and the JSON that reaches it from a pod spec. */
  record Probe(String where, GoField field, Function<JsonNode, JsonNode> wrap) {}

  @Test
  void everyReachableListMergesAsTheTableSays() throws Exception {
    Assumptions.assumeTrue(Kubectl.available(), "kubectl not on PATH: merge-key table not checked");
    List<Probe> probes = probes();
    assertThat(probes.size()).isGreaterThan(30);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Map<String, Future<String>> verdicts = new LinkedHashMap<>();
    for (Probe probe : probes) {
      verdicts.put(probe.where(), pool.submit(() -> check(probe)));
    }
    List<String> wrong = new ArrayList<>();
    List<String> unknownToKubectl = new ArrayList<>();
    int agreed = 0;
    for (var e : verdicts.entrySet()) {
      String verdict = e.getValue().get();
      if (verdict.isEmpty()) {
        agreed++;
      } else if (verdict.contains("unable to find api field")) {
        unknownToKubectl.add(e.getKey());
      } else {
        wrong.add(e.getKey() + ": " + verdict);
      }
    }
    pool.shutdown();
    System.out.printf(
        "merge-key table vs kubectl: %d list fields agree, %d unknown to this kubectl %s%n",
        agreed, unknownToKubectl.size(), unknownToKubectl);
    assertThat(wrong).isEmpty();
    assertThat(agreed).isGreaterThan(30);
  }

  private String check(Probe probe) {
    GoField field = probe.field();
    GoType element = ((GoType.Slice) field.type().dereferenced()).element().dereferenced();
    Optional<String> key =
        field.patchStrategy().filter(s -> s.startsWith("merge")).flatMap(x -> field.mergeKey());
    ArrayNode base = Kubectl.JSON.createArrayNode();
    ArrayNode patch = Kubectl.JSON.createArrayNode();
    ArrayNode expected = Kubectl.JSON.createArrayNode();
    if (SCHEMA.structOf(element).isPresent()) {
      ObjectNode b = base.addObject().put("x1", "a");
      ObjectNode p = patch.addObject().put("x2", "b");
      if (key.isPresent()) {
        JsonNode kv = keyValue(SCHEMA.structOf(element).get(), key.get());
        b.set(key.get(), kv);
        p.set(key.get(), kv);
        expected.addObject().put("x1", "a").put("x2", "b").set(key.get(), kv);
      } else {
        expected.add(p);
      }
    } else {
      boolean numeric = element instanceof GoType.Scalar s && s.numeric();
      JsonNode a = numeric ? Kubectl.JSON.getNodeFactory().numberNode(1) : textNode("a");
      JsonNode b = numeric ? Kubectl.JSON.getNodeFactory().numberNode(2) : textNode("b");
      base.add(a);
      patch.add(b);
      expected.add(b); // a merged scalar list puts items new in the patch first, like keyed items
      if (field.patchStrategy().isPresent()) {
        expected.add(a);
      }
    }
    Kubectl.Outcome out =
        Kubectl.patchChain(probe.wrap().apply(base), List.of(probe.wrap().apply(patch)));
    if (out.failed()) {
      return out.error();
    }
    JsonNode actual = out.podSpec();
    JsonNode want = probe.wrap().apply(expected);
    JsonNode got = at(actual, want);
    JsonNode wanted = at(want, want);
    return PatchApplication.sameValue(got, wanted)
        ? ""
        : "kubectl gave " + got + ", table says " + wanted;
  }

  private static JsonNode textNode(String s) {
    return Kubectl.JSON.getNodeFactory().textNode(s);
  }

  /** Follows the single-key/single-item path of {@code shape} down to the list under test. */
  private static JsonNode at(JsonNode doc, JsonNode shape) {
    JsonNode d = doc;
    JsonNode s = shape;
    while (true) {
      if (s.isObject()
          && s.size() == 1
          && s.properties().iterator().next().getValue().isContainerNode()) {
        String k = s.fieldNames().next();
        JsonNode next = s.get(k);
        if (next.isArray() && !isWrapperList(next)) {
          return d.get(k);
        }
        d = d.path(k);
        s = next;
      } else if (s.isArray() && isWrapperList(s)) {
        d = d.path(0);
        s = s.get(0);
      } else if (s.isObject()) {
        // a keyed wrapper item: {key: v, next: ...}
        String k = null;
        for (var it = s.properties().iterator(); it.hasNext(); ) {
          var e = it.next();
          if (e.getValue().isContainerNode()) {
            k = e.getKey();
          }
        }
        if (k == null) {
          return d;
        }
        JsonNode next = s.get(k);
        if (next.isArray() && !isWrapperList(next)) {
          return d.get(k);
        }
        d = d.path(k);
        s = next;
      } else {
        return d;
      }
    }
  }

  /** A list the probe added to get through (marked by its single item carrying "_via"). */
  private static boolean isWrapperList(JsonNode list) {
    return list.size() == 1 && list.get(0).isObject() && list.get(0).has("_via");
  }

  private static JsonNode keyValue(GoStruct struct, String key) {
    GoType t = struct.field(key).orElseThrow().type().dereferenced();
    return t instanceof GoType.Scalar s && s.numeric()
        ? Kubectl.JSON.getNodeFactory().numberNode(80)
        : textNode("k");
  }

  /** Breadth-first from PodSpec through objects and keyed lists; the first path to each list. */
  private static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    Deque<Map.Entry<GoStruct, Function<JsonNode, JsonNode>>> queue = new ArrayDeque<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    queue.add(Map.entry(SCHEMA.struct("core.PodSpec").orElseThrow(), Function.identity()));
    seen.put("core.PodSpec", true);
    while (!queue.isEmpty()) {
      var head = queue.poll();
      GoStruct struct = head.getKey();
      Function<JsonNode, JsonNode> wrap = head.getValue();
      for (GoField f : struct.jsonFields()) {
        GoType t = f.type().dereferenced();
        String name = f.jsonName();
        if (t instanceof GoType.Slice slice) {
          probes.add(
              new Probe(
                  struct.name() + "." + name,
                  f,
                  v -> wrap.apply(Kubectl.JSON.createObjectNode().set(name, v))));
          Optional<GoStruct> item = SCHEMA.structOf(slice.element());
          Optional<String> key = f.mergeKey().filter(k -> f.patchStrategy().isPresent());
          if (item.isPresent()
              && key.isPresent()
              && seen.putIfAbsent(item.get().name(), true) == null) {
            JsonNode kv = keyValue(item.get(), key.get());
            queue.add(
                Map.entry(
                    item.get(),
                    v -> {
                      ObjectNode it = ((ObjectNode) v).deepCopy();
                      it.set(key.get(), kv);
                      it.put("_via", true);
                      return wrap.apply(
                          Kubectl.JSON
                              .createObjectNode()
                              .set(name, Kubectl.JSON.createArrayNode().add(it)));
                    }));
          }
        } else {
          Optional<GoStruct> inner = SCHEMA.structOf(t);
          if (inner.isPresent() && seen.putIfAbsent(inner.get().name(), true) == null) {
            queue.add(
                Map.entry(
                    inner.get(), v -> wrap.apply(Kubectl.JSON.createObjectNode().set(name, v))));
          }
        }
      }
    }
    return probes;
  }
}
