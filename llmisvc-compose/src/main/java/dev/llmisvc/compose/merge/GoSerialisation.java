package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Go's {@code encoding/json} writes for a JSON document once decoded into the typed struct:
 * the JSON form KServe's merge actually works on.
 *
 * <p>Walking the {@link GoSchema}: a field that is absent or {@code null} holds its Go zero value;
 * a field with {@code omitempty} is left out when it is a nil pointer, {@code ""}, {@code 0},
 * {@code false} or an empty list or map (an explicit zero behind a pointer stays); a field with
 * {@code omitzero} is left out when wholly zero; every other field is written, a nil pointer, list
 * or map as {@code null}, a zero scalar as {@code 0}/{@code false}/{@code ""}, a struct as its own
 * encoding ({@code omitempty} never drops a struct, so {@code resources: {}} and {@code divisor:
 * "0"} appear). Map keys come out sorted, a {@code null} map value becomes the element's zero
 * ({@code ""} for a string map). A {@code RawExtension} is written verbatim, nulls included.
 *
 * <p>What it does not do: keys the table does not know pass through untouched (Go would drop them;
 * the API server prunes them before KServe sees them); values of the wrong JSON type pass through
 * (Go would fail to decode them); quantities are not canonicalised ({@code "1000m"} stays, a JSON
 * number becomes its decimal text); types missing from the table pass through as they are.
 */
public final class GoSerialisation {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final GoSchema schema;
  private final Map<GoStruct, Plan> plans = new ConcurrentHashMap<>();
  private final Map<GoType, JsonNode> zeros = new ConcurrentHashMap<>();

  /** An encoder for the structs of {@code schema}. */
  public GoSerialisation(GoSchema schema) {
    this.schema = schema;
  }

  /** The encoding of {@code value} as a {@code type}, as Go would write it. */
  public ObjectNode encode(GoStruct type, JsonNode value) {
    return encodeStruct(type, value, Where.ROOT, null, null);
  }

  /** Like {@link #encode(GoStruct, JsonNode)}, collecting the values Go dropped as zero values. */
  ObjectNode encode(GoStruct type, JsonNode value, List<LayerDiagnostics.DroppedValue> dropped) {
    return encodeStruct(type, value, Where.ROOT, dropped, null);
  }

  /**
   * The encoding of {@code value}, an encoding that {@code touched} says which containers of were
   * since changed in place or added: every other container is already in its encoded form (encoding
   * is idempotent) and is taken as it is, not copied. {@code value} must not be used afterwards.
   */
  ObjectNode reencode(GoStruct type, ObjectNode value, PatchApplication.Touched touched) {
    return encodeStruct(type, value, Where.ROOT, null, touched);
  }

  /**
   * Where a value sits, built into a {@link SpecPath} only when a dropped value needs it. Not
   * tracked at all when nothing is collected.
   */
  private static final class Where {
    static final Where ROOT = new Where(null, null, null, null, -1);

    private final Where parent;
    private final String key;
    private final String mergeKey;
    private final JsonNode keyValue;
    private final int index;

    private Where(Where parent, String key, String mergeKey, JsonNode keyValue, int index) {
      this.parent = parent;
      this.key = key;
      this.mergeKey = mergeKey;
      this.keyValue = keyValue;
      this.index = index;
    }

    Where child(String k) {
      return new Where(this, k, null, null, -1);
    }

    Where item(String mk, JsonNode kv) {
      return new Where(this, null, mk, kv, -1);
    }

    Where index(int i) {
      return new Where(this, null, null, null, i);
    }

    String path() {
      if (parent == null) {
        return "";
      }
      String p = parent.path();
      if (key != null) {
        return SpecPath.child(p, key);
      }
      if (mergeKey != null) {
        return SpecPath.item(p, mergeKey, keyValue);
      }
      return SpecPath.index(p, index);
    }
  }

  /**
   * A struct's JSON fields, and for each what Go writes when the field is absent or null: its zero
   * value, or nothing ({@code null} here) when it is left out. Worked out once per struct, with the
   * same {@link #zero} and {@link #omitted} an absent field used to go through every time.
   */
  private static final class Plan {
    final GoField[] fields;
    final JsonNode[] absent;

    Plan(GoField[] fields, JsonNode[] absent) {
      this.fields = fields;
      this.absent = absent;
    }
  }

  private Plan plan(GoStruct type) {
    Plan plan = plans.get(type);
    if (plan != null) {
      return plan;
    }
    // not computeIfAbsent: the zero of a struct field encodes that struct, which needs its plan
    List<GoField> fields = type.jsonFields();
    JsonNode[] absent = new JsonNode[fields.size()];
    for (int i = 0; i < absent.length; i++) {
      GoField field = fields.get(i);
      JsonNode zero = zero(field.type());
      absent[i] = zero.isMissingNode() || omitted(field, zero) ? null : zero;
    }
    plan = new Plan(fields.toArray(GoField[]::new), absent);
    Plan raced = plans.putIfAbsent(type, plan);
    return raced == null ? plan : raced;
  }

  private ObjectNode encodeStruct(
      GoStruct type,
      JsonNode value,
      Where path,
      List<LayerDiagnostics.DroppedValue> dropped,
      PatchApplication.Touched touched) {
    ObjectNode out = JSON.objectNode();
    ObjectNode in = value != null && value.isObject() ? (ObjectNode) value : JSON.objectNode();
    int known = 0;
    Plan plan = plan(type);
    GoField[] fields = plan.fields;
    for (int i = 0; i < fields.length; i++) {
      GoField field = fields[i];
      String name = field.jsonName();
      JsonNode given = in.get(name);
      if (given != null) {
        known++;
      }
      if (given == null || given.isNull()) {
        JsonNode zero = plan.absent[i];
        if (zero != null) {
          // a container is copied: the result is changed in place later; a scalar is immutable
          out.set(name, zero.isContainerNode() ? zero.deepCopy() : zero);
        }
        continue;
      }
      Where fieldPath = dropped != null ? path.child(name) : path;
      JsonNode encoded = encodeValue(field.type(), given, field, fieldPath, dropped, touched);
      if (encoded.isMissingNode()) {
        continue;
      }
      if (omitted(field, encoded)) {
        if (dropped != null) {
          dropped.add(new LayerDiagnostics.DroppedValue(fieldPath.path(), given.deepCopy()));
        }
        continue;
      }
      out.set(name, encoded);
    }
    if (known == in.size()) {
      return out; // every key was a field: nothing unknown to pass through
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = in.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (type.field(e.getKey()).isEmpty()) {
        out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return out;
  }

  private JsonNode encodeValue(
      GoType type,
      JsonNode value,
      GoField field,
      Where path,
      List<LayerDiagnostics.DroppedValue> dropped,
      PatchApplication.Touched touched) {
    if (value == null || value.isNull()) {
      return zero(type);
    }
    if (touched != null && value.isContainerNode()) {
      if (touched.inserted(value)) {
        touched = null; // new from the patch: encode it and everything in it
      } else if (!touched.merged(value)) {
        return value; // not touched since it was encoded
      }
    }
    if (type instanceof GoType.Pointer p) {
      return encodeValue(p.element(), value, field, path, dropped, touched);
    }
    if (type instanceof GoType.Slice s) {
      if (!value.isArray()) {
        return value.deepCopy();
      }
      ArrayNode out = JSON.arrayNode();
      String mergeKey = field == null || dropped == null ? null : field.mergeKey().orElse(null);
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        Where itemPath =
            dropped == null
                ? path
                : mergeKey != null && item.isObject() && item.hasNonNull(mergeKey)
                    ? path.item(mergeKey, item.get(mergeKey))
                    : path.index(i);
        JsonNode encoded = encodeValue(s.element(), item, null, itemPath, dropped, touched);
        out.add(encoded.isMissingNode() ? NullNode.getInstance() : encoded);
      }
      return out;
    }
    if (type instanceof GoType.MapOf m) {
      if (!value.isObject()) {
        return value.deepCopy();
      }
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        sorted.put(
            e.getKey(),
            encodeValue(
                m.element(),
                e.getValue(),
                null,
                dropped == null ? path : path.child(e.getKey()),
                dropped,
                touched));
      }
      ObjectNode out = JSON.objectNode();
      sorted.forEach((k, v) -> out.set(k, v.isMissingNode() ? NullNode.getInstance() : v));
      return out;
    }
    if (type instanceof GoType.Special special) {
      if (special.name().equals("Quantity") && value.isNumber()) {
        return JSON.textNode(value.asText());
      }
      return value.deepCopy();
    }
    if (type instanceof GoType.Named named) {
      Optional<GoStruct> struct = schema.struct(named.name());
      if (struct.isPresent() && value.isObject()) {
        return encodeStruct(struct.get(), value, path, dropped, touched);
      }
      return value.deepCopy();
    }
    return value.deepCopy();
  }

  /** What Go writes for the zero value of {@code type}; missing when the table cannot tell. */
  private JsonNode zero(GoType type) {
    if (type instanceof GoType.Pointer
        || type instanceof GoType.Slice
        || type instanceof GoType.MapOf) {
      return NullNode.getInstance();
    }
    if (type instanceof GoType.Scalar s) {
      return switch (s.name()) {
        case "string" -> JSON.textNode("");
        case "bool" -> JSON.booleanNode(false);
        default -> JSON.numberNode(0);
      };
    }
    if (type instanceof GoType.Special s) {
      return switch (s.name()) {
        case "Quantity" -> JSON.textNode("0");
        case "IntOrString" -> JSON.numberNode(0);
        case "URL" -> JSON.textNode("");
        default -> NullNode.getInstance(); // RawExtension, JSON, Time
      };
    }
    GoType.Named named = (GoType.Named) type;
    JsonNode zero = zeros.get(named);
    if (zero == null) {
      zero =
          schema
              .struct(named.name())
              .<JsonNode>map(s -> encodeStruct(s, null, Where.ROOT, null, null))
              .orElse(MissingNode.getInstance());
      zeros.put(named, zero);
    }
    return zero.deepCopy();
  }

  /**
   * Go's {@code isEmptyValue} for {@code omitempty} (nil pointer, slice or map; empty slice or map;
   * {@code ""}, {@code 0}, {@code false}; never a struct, even one that writes {@code null} such as
   * {@code Time}), and the zero test of {@code omitzero}.
   */
  private boolean omitted(GoField field, JsonNode encoded) {
    GoType type = field.type();
    if (field.omitZero()) {
      return encoded.isNull() || encoded.equals(zero(type));
    }
    if (!field.omitEmpty()) {
      return false;
    }
    if (type instanceof GoType.Pointer) {
      return encoded.isNull();
    }
    if (type instanceof GoType.Slice || type instanceof GoType.MapOf) {
      return encoded.isNull() || (encoded.isContainerNode() && encoded.isEmpty());
    }
    if (type instanceof GoType.Scalar) {
      return (encoded.isTextual() && encoded.asText().isEmpty())
          || (encoded.isBoolean() && !encoded.asBoolean())
          || (encoded.isNumber() && encoded.decimalValue().signum() == 0);
    }
    return false; // a struct, or a special struct type (Quantity, IntOrString, URL, Time, ...)
  }
}
