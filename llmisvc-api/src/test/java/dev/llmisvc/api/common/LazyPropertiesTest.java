package dev.llmisvc.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LazyProperties} changes when deserializers are built, never what is read. Each fabric8
 * type the API embeds is filled with a value for every property it has, to the bottom of its type
 * graph; that document, and every one-place fault in it (a wrong scalar type, a null, a field the
 * type does not have), reads alike with and without the modifier: the same value, or the same error
 * with the same path. The mappers are configured as the API's own (strict scalars, unknown fields
 * failing, with and without fabric8's catch-all map).
 */
class LazyPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @ParameterizedTest
  @ValueSource(
      classes = {
        PodSpec.class,
        PersistentVolumeClaimSpec.class,
        ObjectMeta.class,
        HTTPRouteSpec.class,
      })
  void everyFieldAndEveryFaultReadsAsWithoutTheModifier(Class<?> type) {
    for (boolean anySetter : new boolean[] {true, false}) {
      ObjectMapper eager = mapper(false, anySetter);
      ObjectMapper lazy = mapper(true, anySetter);
      ObjectNode full = (ObjectNode) fill(eager, eager.constructType(type), 0, new HashSet<>());
      assertThat(full.size()).isGreaterThan(3);

      List<JsonNode> documents = new ArrayList<>();
      documents.add(full);
      faults(full, documents::add);
      assertThat(documents).hasSizeGreaterThan(50);
      int failures = 0;
      for (JsonNode doc : documents) {
        Outcome e = read(eager, doc, type);
        Outcome l = read(lazy, doc, type);
        assertThat(l).as("%s", doc).isEqualTo(e);
        failures += e.error() == null ? 0 : 1;
      }
      // the faults are seen: many documents fail to read, with either mapper (with the catch-all
      // map, a field the type does not have is kept rather than refused)
      assertThat(failures).isGreaterThan(documents.size() / 4);
    }
  }

  @Test
  void aSmallPodSpecBuildsTheDeserializersOfWhatItHoldsOnly() throws Exception {
    JsonNode small =
        new ObjectMapper().readTree("{\"containers\":[{\"name\":\"main\",\"image\":\"vllm\"}]}");
    assertThat(beansBuilt(false, small)).hasSizeGreaterThan(100).contains("Toleration", "Probe");
    // and Jackson's own for the catch-all map: Object, String, Number
    assertThat(beansBuilt(true, small))
        .containsExactlyInAnyOrder("PodSpec", "Container", "Object", "String", "Number");
  }

  /** The simple names of the classes whose bean deserializers reading {@code doc} built. */
  private static List<String> beansBuilt(boolean lazy, JsonNode doc) throws Exception {
    List<String> built = new ArrayList<>();
    ObjectMapper m = mapper(lazy, true);
    m.registerModule(
        new SimpleModule("count")
            .setDeserializerModifier(
                new BeanDeserializerModifier() {
                  private static final long serialVersionUID = 1L;

                  @Override
                  public JsonDeserializer<?> modifyDeserializer(
                      DeserializationConfig config,
                      BeanDescription beanDesc,
                      JsonDeserializer<?> deserializer) {
                    built.add(beanDesc.getBeanClass().getSimpleName());
                    return deserializer;
                  }
                }));
    m.treeToValue(doc, PodSpec.class);
    return built;
  }

  private record Outcome(Object value, String error) {}

  private static Outcome read(ObjectMapper m, JsonNode doc, Class<?> type) {
    try {
      return new Outcome(m.treeToValue(doc, type), null);
    } catch (Exception e) {
      return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
    }
  }

  private static ObjectMapper mapper(boolean lazy, boolean anySetter) {
    ObjectMapper m = new ObjectMapper();
    if (lazy) {
      LazyProperties.apply(m);
    }
    m.registerModule(new Jdk8Module()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    if (!anySetter) {
      m.registerModule(
          new SimpleModule("no-any-setter")
              .setDeserializerModifier(
                  new BeanDeserializerModifier() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder
                        updateBuilder(
                            DeserializationConfig config,
                            BeanDescription beanDesc,
                            com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder builder) {
                      builder.setAnySetter(null);
                      return builder;
                    }
                  }));
    }
    return StrictScalars.apply(m);
  }

  /**
   * A value of {@code type} with every property it can read set, nested types filled in turn; a
   * type already on the path (a recursive type) or too deep is left out.
   */
  static JsonNode fill(ObjectMapper m, JavaType type, int depth, Set<Class<?>> path) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return NODES.textNode("s" + depth);
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return NODES.numberNode(depth + 1);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return NODES.booleanNode(true);
    }
    if (raw == Double.class || raw == double.class || raw == Float.class) {
      return NODES.numberNode(1.5);
    }
    if (raw.isEnum()) {
      return NODES.textNode(String.valueOf(raw.getEnumConstants()[0]));
    }
    if (raw == IntOrString.class
        || raw == Quantity.class
        || raw.getAnnotation(JsonDeserialize.class) != null
            && raw.getAnnotation(JsonDeserialize.class).using() != JsonDeserializer.None.class) {
      return NODES.textNode("1"); // IntOrString, Quantity and their kind: a scalar
    }
    if (type.isCollectionLikeType()) {
      JsonNode item = fill(m, type.getContentType(), depth + 1, path);
      return item == null ? null : NODES.arrayNode().add(item);
    }
    if (type.isMapLikeType()) {
      JsonNode value = fill(m, type.getContentType(), depth + 1, path);
      return value == null ? null : NODES.objectNode().set("key", value);
    }
    if (!raw.getName().startsWith("io.fabric8.") || depth > 14 || !path.add(raw)) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    BeanDescription bean = m.getDeserializationConfig().introspect(type);
    for (BeanPropertyDefinition p : bean.findProperties()) {
      if (p.couldDeserialize() && !p.getName().equals("additionalProperties")) {
        JsonNode v = fill(m, p.getPrimaryType(), depth + 1, path);
        if (v != null) {
          node.set(p.getName(), v);
        }
      }
    }
    path.remove(raw);
    return node;
  }

  /** Every document that differs from {@code full} by one fault, given to {@code out}. */
  private static void faults(JsonNode full, Consumer<JsonNode> out) {
    List<List<Object>> paths = new ArrayList<>();
    collect(full, new ArrayList<>(), paths);
    for (List<Object> p : paths) {
      JsonNode at = at(full, p);
      if (at.isObject()) {
        out.accept(replaced(full, p, ((ObjectNode) at.deepCopy()).put("notAField", 1)));
      } else if (at.isNumber() || at.isBoolean()) {
        out.accept(replaced(full, p, NODES.textNode("seven")));
      } else if (at.isTextual()) {
        out.accept(replaced(full, p, NODES.objectNode()));
      }
      if (!p.isEmpty()) {
        out.accept(replaced(full, p, NODES.nullNode()));
      }
    }
  }

  private static void collect(JsonNode n, List<Object> path, List<List<Object>> out) {
    out.add(List.copyOf(path));
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        path.add(e.getKey());
        collect(e.getValue(), path, out);
        path.remove(path.size() - 1);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        path.add(i);
        collect(n.get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  private static JsonNode at(JsonNode n, List<Object> path) {
    for (Object step : path) {
      n = step instanceof Integer i ? n.get(i) : n.get((String) step);
    }
    return n;
  }

  private static JsonNode replaced(JsonNode full, List<Object> path, JsonNode value) {
    if (path.isEmpty()) {
      return value;
    }
    JsonNode copy = full.deepCopy();
    JsonNode parent = at(copy, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, value);
    } else {
      ((ObjectNode) parent).set((String) Objects.requireNonNull(last), value);
    }
    return copy;
  }
}
