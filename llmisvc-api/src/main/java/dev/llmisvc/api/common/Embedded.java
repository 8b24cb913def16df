package dev.llmisvc.api.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.llmisvc.api.DependencyCheck;
import dev.llmisvc.api.ParseException;
import io.fabric8.kubernetes.api.model.ListMeta;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes object (a fabric8 model such as {@code PodSpec}, {@code HTTPRouteSpec}, {@code
 * Quantity}) or arbitrary JSON embedded in an immutable model, frozen as a private JSON tree.
 *
 * <p>fabric8 models are mutable beans, so the immutable models never hold one: the value is
 * converted to a tree when it comes in, and every {@link #get()} or {@link #tree()} hands out a
 * fresh copy. Keeping the tree (not the bean) also keeps what a bean would lose, such as the
 * difference between an absent and an empty list ({@code containers: []}). Two values are equal
 * when their types and trees are equal (object key order does not matter).
 *
 * <pre>{@code
 * Embedded<PodSpec> template = Embedded.of(new PodSpecBuilder().addNewContainer().withName("main").endContainer().build());
 * PodSpec copy = template.get(); // changing copy never changes template
 * }</pre>
 *
 * @param <T> the embedded type; {@link JsonNode} for schemaless content
 */
@JsonSerialize(using = Embedded.Serializer.class)
@JsonDeserialize(using = Embedded.Deserializer.class)
public final class Embedded<T> {
  private final Class<T> type;
  private final JsonNode tree;

  /**
   * How deep an embedded object may nest (objects and lists, its root being level 1). Jackson's own
   * {@code deepCopy}, {@code equals} and {@code hashCode} recurse once per level, so a deeper tree
   * could exhaust the stack of whoever touches it; real Kubernetes objects nest a few dozen levels
   * at most (a pod spec some 12), and the composer's bound on a whole service is higher still.
   */
  public static final int MAX_DEPTH = 400;

  private Embedded(Class<T> type, JsonNode tree) {
    this.type = Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tree, "tree");
    TreeDepth.beyond(tree, MAX_DEPTH)
        .ifPresent(
            path -> {
              throw new ParseException(
                  Optional.empty(),
                  0,
                  0,
                  path,
                  "nests deeper than "
                      + MAX_DEPTH
                      + " levels; an embedded "
                      + type.getSimpleName()
                      + " is refused beyond that (Embedded.MAX_DEPTH)",
                  null);
            });
    this.tree = tree.deepCopy();
  }

  /**
   * Freezes a copy of {@code value}.
   *
   * @param value a fabric8 model, a {@link JsonNode}, or any Jackson-serialisable bean
   * @param <T> its type
   * @return the frozen value
   */
  @SuppressWarnings("unchecked")
  public static <T> Embedded<T> of(T value) {
    Objects.requireNonNull(value, "value");
    DependencyCheck.requireSupportedVersions(); // before Jackson converts anything
    if (value instanceof JsonNode node) {
      return (Embedded<T>) new Embedded<>(JsonNode.class, node);
    }
    return new Embedded<>((Class<T>) value.getClass(), Trees.toTree(value));
  }

  /**
   * Freezes a copy of a JSON tree that has the shape of {@code type}. The tree is not checked; use
   * {@code LlmisvcMapper} to read untrusted input.
   *
   * @param type the embedded type
   * @param tree its JSON form
   * @param <T> the embedded type
   * @return the frozen value
   */
  public static <T> Embedded<T> ofTree(Class<T> type, JsonNode tree) {
    return new Embedded<>(type, tree);
  }

  /**
   * Returns a fresh copy of the value; changing it does not change this object.
   *
   * @return a new instance of {@link #type()}
   */
  public T get() {
    return Trees.fromTree(tree, type);
  }

  /**
   * Returns a fresh copy of the JSON tree exactly as read or built.
   *
   * @return a deep copy of the tree
   */
  public JsonNode tree() {
    return tree.deepCopy();
  }

  /**
   * The embedded type.
   *
   * @return the class the tree converts to
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedded<?> other
        && type.equals(other.type)
        && tree.equals(SAME_NUMBER, other.tree);
  }

  /**
   * The hash of {@link #equals}: numbers by their value, so a value read from YAML ({@code 30}, an
   * int) and the same value built with fabric8's builders ({@code 30L}) hash alike.
   */
  @Override
  public int hashCode() {
    return 31 * type.hashCode() + hash(tree);
  }

  /**
   * Leaves compared as JSON compares them: numbers by value, whatever Java type holds them (a
   * fabric8 {@code Long} field written as a long, the same field read from YAML as an int).
   */
  private static final Comparator<JsonNode> SAME_NUMBER =
      (a, b) -> {
        if (a.isNumber() && b.isNumber() && finite(a) && finite(b)) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private static boolean finite(JsonNode n) {
    return !(n.isFloatingPointNumber() && !Double.isFinite(n.doubleValue()));
  }

  private static int hash(JsonNode n) {
    if (n.isObject()) {
      int h = 0;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        h += e.getKey().hashCode() ^ hash(e.getValue()); // member order does not matter
      }
      return h;
    }
    if (n.isArray()) {
      int h = 1;
      for (JsonNode e : n) {
        h = 31 * h + hash(e);
      }
      return h;
    }
    if (n.isNumber() && finite(n)) {
      BigDecimal d = n.decimalValue();
      return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
    }
    return n.hashCode();
  }

  @Override
  public String toString() {
    return tree.toString();
  }

  /** Writes the tree as it is. */
  static final class Serializer extends StdSerializer<Embedded<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Serializer() {
      super((Class) Embedded.class);
    }

    @Override
    public void serialize(Embedded<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeTree(value.tree);
    }
  }

  /**
   * Reads the tree and checks it against the embedded type: an unknown field inside a fabric8 model
   * is an error whose path continues into the model ({@code containers[0].imagee}). {@code
   * ObjectMeta} is exempt, because {@code metadata} must accept whatever a server prints.
   */
  static final class Deserializer extends StdDeserializer<Embedded<?>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;

    Deserializer() {
      this(JsonNode.class);
    }

    private Deserializer(Class<?> type) {
      super(Embedded.class);
      this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType contextual = ctxt.getContextualType();
      if (contextual == null && property != null) {
        contextual = property.getType();
      }
      while (contextual != null && !contextual.hasRawClass(Embedded.class)) {
        contextual = contextual.getContentType();
      }
      if (contextual == null || contextual.containedTypeCount() == 0) {
        return this;
      }
      return new Deserializer(contextual.containedType(0).getRawClass());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Embedded<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (type != JsonNode.class && type != ObjectMeta.class && type != ListMeta.class) {
        Trees.checkStrictly(node, type);
      }
      return new Embedded(type, node);
    }
  }
}
