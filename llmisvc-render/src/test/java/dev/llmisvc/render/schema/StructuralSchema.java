package dev.llmisvc.render.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON tree against a structural OpenAPI v3 schema as a CRD declares it ({@code
 * spec.versions[].schema.openAPIV3Schema}), and lists every violation with its path, the way the
 * API server's schema validation and strict field validation would reject the object.
 *
 * <p>Evaluated: {@code type} (object, array, string, integer, number, boolean); {@code properties},
 * with every other field rejected unless {@code x-kubernetes-preserve-unknown-fields} or {@code
 * additionalProperties} (a schema, or {@code true}) allows it; {@code required}; {@code enum};
 * {@code nullable}; {@code x-kubernetes-int-or-string}; {@code anyOf} (some branch must pass);
 * {@code format} {@code int32} and {@code int64} ranges; {@code minimum}, {@code maximum} and their
 * {@code exclusive} flags; {@code minItems}, {@code maxItems}; {@code minLength}, {@code maxLength}
 * (in code points, as Go counts runes); {@code pattern} (unanchored, with Java's regex engine,
 * which agrees with the API server's on the patterns the CRDs use); {@code minProperties}, {@code
 * maxProperties}; the uniqueness {@code x-kubernetes-list-type: set} and {@code map} (by {@code
 * x-kubernetes-list-map-keys}) demand.
 *
 * <p>Not evaluated:
 *
 * <ul>
 *   <li>{@code x-kubernetes-validations}: CEL rules (only the InferencePool CRDs have them);
 *   <li>other {@code format} values ({@code date-time}, ...);
 *   <li>{@code default}: the API server fills defaults in; an absent field is never a violation for
 *       having one;
 *   <li>{@code x-kubernetes-map-type}, {@code description}: no constraint;
 *   <li>pruning: an unknown field is reported, not dropped.
 * </ul>
 *
 * <p>Any other keyword ({@code allOf}, {@code oneOf}, {@code not}, {@code multipleOf}, ...) makes
 * the checker throw, so a schema it cannot read never passes silently.
 */
final class StructuralSchema {
  private static final Set<String> KEYWORDS =
      Set.of(
          "type",
          "properties",
          "additionalProperties",
          "required",
          "enum",
          "nullable",
          "items",
          "anyOf",
          "format",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minItems",
          "maxItems",
          "minLength",
          "maxLength",
          "pattern",
          "minProperties",
          "maxProperties",
          "x-kubernetes-int-or-string",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-list-type",
          "x-kubernetes-list-map-keys",
          // not constraints, or not evaluated (see the class comment)
          "x-kubernetes-validations",
          "x-kubernetes-map-type",
          "description",
          "default",
          "example");

  private final Map<String, Pattern> patterns = new HashMap<>();

  /** The violations of {@code value} against {@code schema}, the root at {@code path}. */
  List<FieldError> check(JsonNode schema, JsonNode value, String path) {
    List<FieldError> out = new ArrayList<>();
    check(schema, value, path, out);
    return out;
  }

  private void check(JsonNode schema, JsonNode value, String path, List<FieldError> out) {
    schema
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (!KEYWORDS.contains(k)) {
                throw new IllegalStateException(
                    "schema keyword " + k + " at " + path + " is not supported by this checker");
              }
            });
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        out.add(new FieldError(path, "expected " + expected(schema) + ", got null"));
      }
      return;
    }
    boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false);
    String type = schema.path("type").asText("");
    if (intOrString) {
      if (!value.isIntegralNumber() && !value.isTextual()) {
        out.add(new FieldError(path, "expected integer or string, got " + typeOf(value)));
        return;
      }
    } else if (!type.isEmpty() && !hasType(value, type)) {
      out.add(new FieldError(path, "expected " + type + ", got " + typeOf(value)));
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      out.add(
          new FieldError(
              path, "unsupported value " + value + ", expected one of " + schema.get("enum")));
    }
    if (schema.has("anyOf") && !intOrString) {
      boolean any = false;
      for (JsonNode branch : schema.get("anyOf")) {
        any |= check(branch, value, path).isEmpty();
      }
      if (!any) {
        out.add(new FieldError(path, "matches none of the schemas in anyOf"));
      }
    }
    if (value.isObject()) {
      object(schema, value, path, out);
    } else if (value.isArray()) {
      array(schema, value, path, out);
    } else if (value.isTextual()) {
      string(schema, value.asText(), path, out);
    } else if (value.isNumber()) {
      number(schema, value, path, out);
    }
  }

  private void object(JsonNode schema, JsonNode value, String path, List<FieldError> out) {
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String child = FieldError.child(path, field.getKey());
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), child, out);
      } else if (additional.isObject()) {
        check(additional, field.getValue(), child, out);
      } else if (!preserve && !additional.asBoolean(false)) {
        out.add(new FieldError(child, "field not declared in schema"));
      }
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        out.add(
            new FieldError(FieldError.child(path, required.asText()), "required field missing"));
      }
    }
    if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
      out.add(
          new FieldError(
              path,
              "has "
                  + value.size()
                  + " fields, fewer than minProperties "
                  + schema.get("minProperties")));
    }
    if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
      out.add(
          new FieldError(
              path,
              "has "
                  + value.size()
                  + " fields, more than maxProperties "
                  + schema.get("maxProperties")));
    }
  }

  private void array(JsonNode schema, JsonNode value, String path, List<FieldError> out) {
    if (schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), FieldError.element(path, i), out);
      }
    }
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      out.add(
          new FieldError(
              path,
              "has " + value.size() + " items, fewer than minItems " + schema.get("minItems")));
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      out.add(
          new FieldError(
              path,
              "has " + value.size() + " items, more than maxItems " + schema.get("maxItems")));
    }
    String listType = schema.path("x-kubernetes-list-type").asText("");
    if (listType.equals("set") || listType.equals("map")) {
      Set<Object> seen = new HashSet<>();
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        Object key = item;
        if (listType.equals("map")) {
          List<JsonNode> keys = new ArrayList<>();
          schema.path("x-kubernetes-list-map-keys").forEach(k -> keys.add(item.path(k.asText())));
          key = keys;
        }
        if (!seen.add(key)) {
          out.add(
              new FieldError(
                  FieldError.element(path, i),
                  "duplicate entry " + key + " in a list of type " + listType));
        }
      }
    }
  }

  private void string(JsonNode schema, String value, String path, List<FieldError> out) {
    int length = value.codePointCount(0, value.length());
    if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
      out.add(
          new FieldError(
              path, "length " + length + " is less than minLength " + schema.get("minLength")));
    }
    if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
      out.add(
          new FieldError(
              path, "length " + length + " is more than maxLength " + schema.get("maxLength")));
    }
    if (schema.has("pattern")) {
      String regex = schema.get("pattern").asText();
      if (!patterns.computeIfAbsent(regex, Pattern::compile).matcher(value).find()) {
        out.add(new FieldError(path, "\"" + value + "\" does not match pattern " + regex));
      }
    }
  }

  private static void number(JsonNode schema, JsonNode value, String path, List<FieldError> out) {
    BigDecimal n = value.decimalValue();
    String format = schema.path("format").asText("");
    if (value.isIntegralNumber() && format.equals("int32") && !fits(value.bigIntegerValue(), 32)) {
      out.add(new FieldError(path, value + " is out of the int32 range"));
    }
    if (value.isIntegralNumber() && format.equals("int64") && !fits(value.bigIntegerValue(), 64)) {
      out.add(new FieldError(path, value + " is out of the int64 range"));
    }
    if (schema.has("minimum")) {
      int c = n.compareTo(schema.get("minimum").decimalValue());
      if (c < 0 || (c == 0 && schema.path("exclusiveMinimum").asBoolean(false))) {
        out.add(new FieldError(path, value + " is less than minimum " + schema.get("minimum")));
      }
    }
    if (schema.has("maximum")) {
      int c = n.compareTo(schema.get("maximum").decimalValue());
      if (c > 0 || (c == 0 && schema.path("exclusiveMaximum").asBoolean(false))) {
        out.add(new FieldError(path, value + " is more than maximum " + schema.get("maximum")));
      }
    }
  }

  private static boolean fits(BigInteger n, int bits) {
    return n.bitLength() < bits;
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> throw new IllegalStateException("schema type " + type + " is not supported");
    };
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode v : values) {
      boolean same =
          v.isNumber() && value.isNumber()
              ? v.decimalValue().compareTo(value.decimalValue()) == 0
              : v.equals(value);
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static String expected(JsonNode schema) {
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      return "integer or string";
    }
    return schema.path("type").asText("a value");
  }

  /** The JSON type of a value, as the messages name it. */
  static String typeOf(JsonNode value) {
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return value.isNull() ? "null" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
  }
}
