package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random pod specs for the merge properties and the kubectl differential: small pools of names so
 * that layers collide on keys, and the occasional zero value ({@code ""}, {@code []}) Go drops.
 */
final class PodSpecArbitraries {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PodSpecArbitraries() {}

  /** A pod spec with each part present or not. */
  static Arbitrary<ObjectNode> podSpec() {
    return Combinators.combine(
            List.of(
                part(
                    "containers",
                    keyed("name", List.of("main", "sidecar", "proxy"), c -> container(c))),
                part(
                    "initContainers",
                    keyed("name", List.of("init-a", "init-b"), c -> container(c))),
                part(
                    "volumes",
                    keyed("name", List.of("models", "cache", "shm"), PodSpecArbitraries::volume)),
                part(
                    "tolerations", toleration().list().ofMaxSize(2).map(PodSpecArbitraries::array)),
                part("nodeSelector", stringMap(List.of("gpu", "zone", "pool"))),
                part(
                    "imagePullSecrets",
                    keyed(
                        "name", List.of("reg-a", "reg-b"), n -> Arbitraries.just(obj("name", n)))),
                part("serviceAccountName", Arbitraries.of("", "sa-1", "sa-2").map(JSON::textNode)),
                part(
                    "hostAliases",
                    keyed(
                        "ip",
                        List.of("10.0.0.1", "10.0.0.2"),
                        ip ->
                            Arbitraries.of("a.local", "b.local")
                                .list()
                                .ofMaxSize(2)
                                .map(h -> obj("ip", ip).set("hostnames", strings(h))))),
                part(
                    "topologySpreadConstraints",
                    keyed(
                        "topologyKey",
                        List.of("zone", "host"),
                        k ->
                            Arbitraries.integers()
                                .between(1, 2)
                                .map(
                                    skew ->
                                        obj("topologyKey", k)
                                            .put("maxSkew", skew)
                                            .put("whenUnsatisfiable", "DoNotSchedule")))),
                part(
                    "schedulingGates",
                    keyed(
                        "name",
                        List.of("gate-a", "gate-b"),
                        n -> Arbitraries.just(obj("name", n)))),
                part(
                    "securityContext",
                    Arbitraries.of(true, false)
                        .map(
                            b ->
                                (JsonNode)
                                    JSON.objectNode().put("runAsNonRoot", b).put("fsGroup", 1000))),
                part(
                    "priority",
                    Arbitraries.integers().between(0, 2).map(i -> (JsonNode) JSON.numberNode(i)))))
        .as(
            parts -> {
              ObjectNode spec = JSON.objectNode();
              parts.forEach(p -> p.ifPresent(e -> spec.set(e.getKey(), e.getValue())));
              return spec;
            });
  }

  /** Two to four layers of {@code {template: podSpec}}. */
  static Arbitrary<List<ObjectNode>> templateLayers() {
    return podSpec()
        .map(
            s -> {
              ObjectNode layer = JSON.objectNode();
              layer.set("template", s);
              return layer;
            })
        .list()
        .ofMinSize(2)
        .ofMaxSize(4);
  }

  static Arbitrary<ObjectNode> container(String name) {
    return Combinators.combine(
            List.of(
                part("image", Arbitraries.of("", "vllm:1", "vllm:2").map(JSON::textNode)),
                part(
                    "command",
                    Arbitraries.of("vllm", "serve")
                        .list()
                        .ofMaxSize(2)
                        .map(PodSpecArbitraries::strings)),
                part(
                    "envFrom",
                    Arbitraries.of("cm-1", "cm-2")
                        .map(
                            n ->
                                (JsonNode)
                                    JSON.arrayNode()
                                        .add(
                                            JSON.objectNode()
                                                .set("configMapRef", obj("name", n))))),
                part(
                    "securityContext",
                    Arbitraries.of("ALL", "NET_RAW")
                        .map(
                            cap -> {
                              ObjectNode sc = JSON.objectNode().put("privileged", false);
                              sc.putObject("capabilities").putArray("drop").add(cap);
                              return (JsonNode) sc;
                            })),
                part(
                    "args",
                    Arbitraries.of("--a", "--b", "--c")
                        .list()
                        .ofMaxSize(2)
                        .map(PodSpecArbitraries::strings)),
                part(
                    "env",
                    keyed(
                        "name",
                        List.of("a", "b", "c", "z"),
                        n ->
                            Arbitraries.of("", "1", "2").map(v -> obj("name", n).put("value", v)))),
                part(
                    "ports",
                    keyedInts(
                        "containerPort",
                        List.of(8000, 8001, 9000),
                        p ->
                            Arbitraries.of("", "http", "metrics")
                                .map(
                                    n -> {
                                      ObjectNode port = JSON.objectNode().put("containerPort", p);
                                      return n.isEmpty() ? port : port.put("name", n);
                                    }))),
                part(
                    "volumeMounts",
                    keyed(
                        "mountPath",
                        List.of("/models", "/cache", "/dev/shm"),
                        m ->
                            Arbitraries.of("models", "cache", "shm")
                                .map(v -> obj("name", v).put("mountPath", m)))),
                part(
                    "resources",
                    Arbitraries.of("1", "2")
                        .map(
                            cpu -> {
                              ObjectNode r = JSON.objectNode();
                              r.putObject("limits").put("cpu", cpu);
                              return (JsonNode) r;
                            }))))
        .as(
            parts -> {
              ObjectNode c = obj("name", name);
              parts.forEach(p -> p.ifPresent(e -> c.set(e.getKey(), e.getValue())));
              return c;
            });
  }

  static Arbitrary<ObjectNode> volume(String name) {
    return Arbitraries.oneOf(
        Arbitraries.just(obj("name", name)).map(v -> withObject(v, "emptyDir", JSON.objectNode())),
        Arbitraries.just(obj("name", name))
            .map(v -> withObject(v, "emptyDir", JSON.objectNode().put("medium", "Memory"))),
        Arbitraries.of("claim-1", "claim-2")
            .map(c -> withObject(obj("name", name), "persistentVolumeClaim", obj("claimName", c))),
        Arbitraries.of("cm-1", "cm-2")
            .map(c -> withObject(obj("name", name), "configMap", obj("name", c))));
  }

  static Arbitrary<ObjectNode> toleration() {
    return Combinators.combine(Arbitraries.of("gpu", "spot"), Arbitraries.of("Exists", "Equal"))
        .as((k, op) -> obj("key", k).put("operator", op));
  }

  private static Arbitrary<JsonNode> stringMap(List<String> keys) {
    return Arbitraries.subsetOf(keys)
        .flatMap(
            ks ->
                Combinators.combine(ks.stream().map(k -> Arbitraries.of("", "x", "y")).toList())
                    .as(
                        values -> {
                          ObjectNode m = JSON.objectNode();
                          int i = 0;
                          for (String k : ks.stream().sorted().toList()) {
                            m.put(k, values.get(i++));
                          }
                          return (JsonNode) m;
                        }));
  }

  /** A list of items with unique keys drawn from {@code pool}, in random order. */
  private static Arbitrary<JsonNode> keyed(
      String key, List<String> pool, Function<String, Arbitrary<ObjectNode>> item) {
    return Arbitraries.of(pool)
        .list()
        .uniqueElements()
        .ofMaxSize(pool.size())
        .flatMap(
            names ->
                Combinators.combine(names.stream().map(item).toList())
                    .as(PodSpecArbitraries::array));
  }

  private static Arbitrary<JsonNode> keyedInts(
      String key, List<Integer> pool, Function<Integer, Arbitrary<ObjectNode>> item) {
    return Arbitraries.of(pool)
        .list()
        .uniqueElements()
        .ofMaxSize(pool.size())
        .flatMap(
            ports ->
                Combinators.combine(ports.stream().map(item).toList())
                    .as(PodSpecArbitraries::array));
  }

  private static Arbitrary<Optional<java.util.Map.Entry<String, JsonNode>>> part(
      String key, Arbitrary<JsonNode> value) {
    return value.map(v -> java.util.Map.entry(key, v)).optional(0.5);
  }

  private static JsonNode array(List<? extends JsonNode> items) {
    ArrayNode a = JSON.arrayNode();
    items.forEach(a::add);
    return a;
  }

  private static JsonNode strings(List<String> items) {
    ArrayNode a = JSON.arrayNode();
    items.forEach(a::add);
    return a;
  }

  private static ObjectNode obj(String key, String value) {
    return JSON.objectNode().put(key, value);
  }

  private static ObjectNode withObject(ObjectNode o, String key, JsonNode value) {
    o.set(key, value);
    return o;
  }

  static List<Layer> asLayers(List<ObjectNode> specs) {
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      layers.add(new Layer("L" + (i + 1), specs.get(i)));
    }
    return layers;
  }
}
