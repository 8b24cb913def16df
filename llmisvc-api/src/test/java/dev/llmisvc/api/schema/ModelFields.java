package dev.llmisvc.api.schema;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Jackson's own view of a typed model: the JSON fields the library's mapper writes and reads for
 * it, and the JSON shape of each field.
 *
 * <p>Why the mapper's serialisers and deserialisers rather than {@code @JsonProperty} annotations
 * or the Immutables accessors: the names that matter are the ones on the wire, after everything
 * that can change them (an explicit {@code @JsonProperty("CACerts")}, inherited accessors such as
 * {@code KnativeStatus}, ignored properties, the generated {@code ImmutableX.Json} delegate that
 * Immutables reads through). Asking {@link LlmisvcMapper#json()} for the serialiser of the
 * implementation named by {@code @JsonSerialize(as = ...)} gives the written fields; asking for the
 * deserialiser of the {@code @JsonDeserialize(as = ...)} class, and following its delegating
 * creator to the delegate bean, gives the read fields. Neither depends on how Immutables names its
 * generated members.
 *
 * <p>What it does not do: it does not look inside custom serialisers (only {@link Embedded} has
 * one, and the walks stop there) and does not see fields a model accepts through {@code
 * ignoreUnknown} (status types accept anything a server prints; that is not a field).
 */
final class ModelFields {
  private static final ObjectMapper MAPPER = LlmisvcMapper.json();

  private ModelFields() {}

  /** The JSON kinds a field can have. */
  enum Kind {
    SCALAR,
    OBJECT,
    LIST,
    MAP,
    /** Arbitrary JSON (RawExtension, schemaless): any kind. */
    ANY
  }

  /**
   * The JSON shape of a field: its kind, the shape of its elements for lists and maps, and for
   * objects what stands behind it.
   *
   * @param kind the JSON kind
   * @param element the element shape of a list or map, else null
   * @param target for an object: a typed model class, a Go struct name, or the class an {@link
   *     Embedded} holds; else null
   */
  record Shape(Kind kind, Shape element, Object target) {
    static Shape of(Kind kind) {
      return new Shape(kind, null, null);
    }

    /** The innermost shape, below every list and map. */
    Shape leaf() {
      return element == null ? this : element.leaf();
    }

    /** True when the two shapes have the same kinds all the way down (targets ignored). */
    boolean sameKind(Shape other) {
      return kind == other.kind
          && (element == null
              ? other.element == null
              : other.element != null && element.sameKind(other.element));
    }

    /** The typed model class behind an object, if it is one. */
    Optional<Class<?>> model() {
      return target instanceof Class<?> c && isModel(c) ? Optional.of(c) : Optional.empty();
    }

    /** "list of object", "map of scalar", "object". */
    String kindText() {
      String k = kind.name().toLowerCase(java.util.Locale.ROOT);
      return element == null ? k : k + " of " + element.kindText();
    }

    /** Like {@link #kindText()}, naming what stands behind objects. */
    @Override
    public String toString() {
      if (element != null) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + element;
      }
      if (target instanceof Class<?> c) {
        return isModel(c) ? "object " + c.getSimpleName() : "object Embedded<" + c.getName() + ">";
      }
      return target == null ? kindText() : "object " + target;
    }
  }

  /** True for a typed model of this library: an abstract class naming its Immutables class. */
  static boolean isModel(Class<?> type) {
    JsonSerialize s = type.getAnnotation(JsonSerialize.class);
    return s != null && s.as() != Void.class && type.getName().startsWith("dev.llmisvc.api.");
  }

  /**
   * The fields the mapper writes for a model, in the order it writes them.
   *
   * @param model a typed model class ({@link #isModel})
   * @return JSON name to declared type
   */
  static Map<String, JavaType> written(Class<?> model) {
    Class<?> impl = model.getAnnotation(JsonSerialize.class).as();
    Map<String, JavaType> fields = new LinkedHashMap<>();
    try {
      JsonSerializer<Object> serializer =
          MAPPER.getSerializerProviderInstance().findValueSerializer(impl);
      serializer.properties().forEachRemaining(p -> fields.put(p.getName(), p.getType()));
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no serialiser for " + impl, e);
    }
    return fields;
  }

  /**
   * The fields the mapper reads for a model: the properties of its deserialiser, or of the delegate
   * bean its delegating creator reads (Immutables' {@code ImmutableX.Json}).
   *
   * @param model a typed model class ({@link #isModel})
   * @return JSON name to declared type
   */
  static Map<String, JavaType> read(Class<?> model) {
    Class<?> impl = model.getAnnotation(JsonDeserialize.class).as();
    DeserializationConfig config = MAPPER.getDeserializationConfig();
    DeserializationContext context =
        ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
            .createDummyInstance(config);
    Map<String, JavaType> fields = new LinkedHashMap<>();
    try {
      JsonDeserializer<Object> deserializer =
          context.findRootValueDeserializer(MAPPER.constructType(impl));
      if (deserializer instanceof BeanDeserializerBase bean) {
        ValueInstantiator creator = bean.getValueInstantiator();
        if (creator.canCreateUsingDelegate()) {
          deserializer = context.findRootValueDeserializer(creator.getDelegateType(config));
        }
      }
      if (!(deserializer instanceof BeanDeserializerBase bean)) {
        throw new IllegalStateException(impl + " is not read as a bean: " + deserializer);
      }
      bean.properties().forEachRemaining(p -> fields.put(p.getName(), p.getType()));
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no deserialiser for " + impl, e);
    }
    return fields;
  }

  /**
   * The JSON shape of a model field's declared type: {@code Optional} unwrapped, collections as
   * lists, maps as maps, {@link Embedded} as what it holds.
   */
  static Shape shape(JavaType type) {
    if (type.isReferenceType()) {
      return shape(type.getReferencedType());
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return new Shape(Kind.LIST, shape(type.getContentType()), null);
    }
    if (type.isMapLikeType()) {
      return new Shape(Kind.MAP, shape(type.getContentType()), null);
    }
    Class<?> raw = type.getRawClass();
    if (raw == Embedded.class) {
      Class<?> held = type.containedTypeOrUnknown(0).getRawClass();
      if (JsonNode.class.isAssignableFrom(held) || held == Object.class) {
        return Shape.of(Kind.ANY);
      }
      if (held == Quantity.class || held == IntOrString.class) {
        return new Shape(Kind.SCALAR, null, null);
      }
      return new Shape(Kind.OBJECT, null, held);
    }
    if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
      return Shape.of(Kind.ANY);
    }
    if (raw.isPrimitive()
        || raw.isEnum()
        || Number.class.isAssignableFrom(raw)
        || CharSequence.class.isAssignableFrom(raw)
        || raw == Boolean.class) {
      return Shape.of(Kind.SCALAR);
    }
    return new Shape(Kind.OBJECT, null, raw);
  }

  /**
   * The JSON shape of a Go type of the table: pointers removed, slices as lists, maps as maps,
   * {@code Quantity}, {@code IntOrString}, {@code URL} and {@code Time} as scalars (each has a
   * string or number form), {@code RawExtension} and {@code JSON} as any.
   */
  static Shape shape(GoType type) {
    GoType t = type.dereferenced();
    if (t instanceof GoType.Slice s) {
      return new Shape(Kind.LIST, shape(s.element()), null);
    }
    if (t instanceof GoType.MapOf m) {
      return new Shape(Kind.MAP, shape(m.element()), null);
    }
    if (t instanceof GoType.Special sp) {
      return sp.name().equals("RawExtension") || sp.name().equals("JSON")
          ? Shape.of(Kind.ANY)
          : Shape.of(Kind.SCALAR);
    }
    if (t instanceof GoType.Named n) {
      return new Shape(Kind.OBJECT, null, n.name());
    }
    return Shape.of(Kind.SCALAR);
  }
}
