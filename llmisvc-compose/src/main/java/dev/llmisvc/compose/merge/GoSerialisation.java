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
import java.util.ArrayList;
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
  private final Map<String, List<GoField>> fieldsByStruct = new ConcurrentHashMap<>();
  private final Map<GoType, JsonNode> zeros = new ConcurrentHashMap<>();

  /** An encoder for the structs of {@code schema}. */
  public GoSerialisation(GoSchema schema) {
    this.schema = schema;
  }

  /** The encoding of {@code value} as a {@code type}, as Go would write it. */
  public ObjectNode encode(GoStruct type, JsonNode value) {
    return encodeStruct(type, value, "", new ArrayList<>());
  }

  /** Like {@link #encode(GoStruct, JsonNode)}, collecting the values Go dropped as zero values. */
  ObjectNode encode(GoStruct type, JsonNode value, List<LayerDiagnostics.DroppedValue> dropped) {
    return encodeStruct(type, value, "", dropped);
  }

  private ObjectNode encodeStruct(
      GoStruct type, JsonNode value, String path, List<LayerDiagnostics.DroppedValue> dropped) {
    ObjectNode out = JSON.objectNode();
    ObjectNode in = value != null && value.isObject() ? (ObjectNode) value : JSON.objectNode();
    int known = 0;
    List<GoField> fields = fieldsByStruct.computeIfAbsent(type.name(), n -> type.jsonFields());
    for (GoField field : fields) {
      String name = field.jsonName();
      JsonNode given = in.get(name);
      if (given != null) {
        known++;
      }
      boolean present = given != null && !given.isNull();
      String fieldPath = present ? SpecPath.child(path, name) : path;
      JsonNode encoded =
          present
              ? encodeValue(field.type(), given, field, fieldPath, dropped)
              : zero(field.type());
      if (encoded.isMissingNode()) {
        continue;
      }
      if (omitted(field, encoded)) {
        if (present) {
          dropped.add(new LayerDiagnostics.DroppedValue(fieldPath, given.deepCopy()));
        }
        continue;
      }
      out.set(name, encoded);
    }
    if (known == in.size()) {
      return out; // every key was a field: nothing unknown to pass through
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
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
      String path,
      List<LayerDiagnostics.DroppedValue> dropped) {
    if (value == null || value.isNull()) {
      return zero(type);
    }
    if (type instanceof GoType.Pointer p) {
      return encodeValue(p.element(), value, field, path, dropped);
    }
    if (type instanceof GoType.Slice s) {
      if (!value.isArray()) {
        return value.deepCopy();
      }
      ArrayNode out = JSON.arrayNode();
      Optional<String> mergeKey = field == null ? Optional.empty() : field.mergeKey();
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        String itemPath =
            mergeKey.isPresent() && item.isObject() && item.hasNonNull(mergeKey.get())
                ? SpecPath.item(path, mergeKey.get(), item.get(mergeKey.get()))
                : SpecPath.index(path, i);
        JsonNode encoded = encodeValue(s.element(), item, null, itemPath, dropped);
        out.add(encoded.isMissingNode() ? NullNode.getInstance() : encoded);
      }
      return out;
    }
    if (type instanceof GoType.MapOf m) {
      if (!value.isObject()) {
        return value.deepCopy();
      }
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      value
          .fields()
          .forEachRemaining(
              e ->
                  sorted.put(
                      e.getKey(),
                      encodeValue(
                          m.element(),
                          e.getValue(),
                          null,
                          SpecPath.child(path, e.getKey()),
                          dropped)));
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
        return encodeStruct(struct.get(), value, path, dropped);
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
              .<JsonNode>map(s -> encodeStruct(s, null, "", new ArrayList<>()))
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
