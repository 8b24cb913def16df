package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random {@code LLMInferenceServiceSpec} layers: KServe's own fields around a pod template. */
final class SpecArbitraries {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SpecArbitraries() {}

  static Arbitrary<ObjectNode> spec() {
    Arbitrary<Optional<JsonNode>> template =
        PodSpecArbitraries.podSpec().map(s -> (JsonNode) s).optional(0.6);
    Arbitrary<Optional<JsonNode>> replicas =
        Arbitraries.integers().between(0, 3).map(i -> (JsonNode) JSON.numberNode(i)).optional(0.4);
    Arbitrary<Optional<JsonNode>> parallelism =
        Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(true, false))
            .as((t, e) -> (JsonNode) JSON.objectNode().put("tensor", t).put("expert", e))
            .optional(0.4);
    Arbitrary<Optional<JsonNode>> labels =
        Arbitraries.subsetOf("team", "tier")
            .map(
                ks -> {
                  ObjectNode m = JSON.objectNode();
                  ks.stream().sorted().forEach(k -> m.put(k, k.length() > 4 ? "" : "a"));
                  return (JsonNode) m;
                })
            .optional(0.4);
    Arbitrary<Optional<JsonNode>> router =
        Arbitraries.of("route", "gateway", "scheduler")
            .map(
                k -> {
                  ObjectNode r = JSON.objectNode();
                  r.putObject(k);
                  return (JsonNode) r;
                })
            .optional(0.3);
    Arbitrary<Optional<JsonNode>> baseRefs =
        Arbitraries.of("a", "b", "c")
            .list()
            .ofMaxSize(2)
            .map(
                names -> {
                  var a = JSON.arrayNode();
                  names.forEach(n -> a.addObject().put("name", n));
                  return (JsonNode) a;
                })
            .optional(0.3);
    Arbitrary<Optional<JsonNode>> model =
        Arbitraries.of("", "hf://org/a", "hf://org/b")
            .map(u -> (JsonNode) JSON.objectNode().put("uri", u))
            .optional(0.5);
    return Combinators.combine(template, replicas, parallelism, labels, router, baseRefs, model)
        .as(
            (t, r, p, l, ro, b, m) -> {
              ObjectNode spec = JSON.objectNode();
              m.ifPresent(v -> spec.set("model", v));
              r.ifPresent(v -> spec.set("replicas", v));
              p.ifPresent(v -> spec.set("parallelism", v));
              l.ifPresent(v -> spec.set("labels", v));
              t.ifPresent(v -> spec.set("template", v));
              ro.ifPresent(v -> spec.set("router", v));
              b.ifPresent(v -> spec.set("baseRefs", v));
              return spec;
            });
  }

  static Arbitrary<List<ObjectNode>> layers(int min, int max) {
    return spec().list().ofMinSize(min).ofMaxSize(max);
  }
}
