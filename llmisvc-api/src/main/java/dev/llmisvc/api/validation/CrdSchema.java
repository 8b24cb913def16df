package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.llmisvc.api.GoQuote;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI part of the CRDs, driven by {@link GoSchema}: structural defaults, unknown fields,
 * JSON types, {@code required}, enums, bounds, lengths, patterns, item and property counts.
 *
 * <p>What it does not do: the upstream CEL rules of embedded types (gateway-api, GIE beyond P1/P2
 * which {@link CelRules} has), formats, and anything inside a struct the table does not declare yet
 * (such values are accepted unchecked). {@code required: [containers]} is dropped from the pod
 * specs KServe's Makefile strips it from, and kept on {@code tokenizer.template}.
 */
final class CrdSchema {
  /**
   * The templated subtrees where the Config CRD has no pattern, CEL, minLength/Items/Properties.
   */
  static final Set<String> CONFIG_RELAXED =
      Set.of(
          "spec.router.route.http.spec",
          "spec.router.scheduler.pool.spec",
          "spec.template",
          "spec.worker",
          "spec.prefill.template",
          "spec.prefill.worker",
          "spec.router.scheduler.template",
          "spec.router.scheduler.tokenizer.template");

  private static final String POD_SPEC = "core.PodSpec";
  private static final Pattern QUANTITY =
      Pattern.compile(
          "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$");

  private final GoSchema schema;
  private final boolean config;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  CrdSchema(GoSchema schema, boolean config) {
    this.schema = schema;
    this.config = config;
  }

  private record Scope(boolean relaxed, boolean podSpecWithoutRequiredContainers) {}

  // ---------------------------------------------------------------- defaults

  /**
   * Applies the CRD {@code default}s to {@code spec} in place, as the API server does on decode.
   */
  void applyDefaults(ObjectNode resource, String version) {
    JsonNode spec = resource.get("spec");
    if (spec != null && spec.isObject()) {
      defaultStruct(schema.spec(version), (ObjectNode) spec);
    }
  }

  private void defaultStruct(GoStruct struct, ObjectNode obj) {
    for (GoField f : struct.jsonFields()) {
      JsonNode v = obj.get(f.jsonName());
      if (v == null || v.isNull()) {
        Optional<String> d = f.constraint("default");
        if (d.isPresent()) {
          obj.set(f.jsonName(), defaultValue(f.type().dereferenced(), d.get()));
        }
        continue;
      }
      defaultValue(f.type(), v);
    }
  }

  private void defaultValue(GoType type, JsonNode v) {
    GoType t = type.dereferenced();
    if (t instanceof GoType.Slice s && v.isArray()) {
      v.forEach(e -> defaultValue(s.element(), e));
    } else if (t instanceof GoType.MapOf m && v.isObject()) {
      v.forEach(e -> defaultValue(m.element(), e));
    } else if (t instanceof GoType.Named && v.isObject()) {
      schema.structOf(t).ifPresent(s -> defaultStruct(s, (ObjectNode) v));
    }
  }

  private static JsonNode defaultValue(GoType t, String text) {
    if (t instanceof GoType.Scalar s) {
      switch (s.name()) {
        case "int32", "int64":
          return LongNode.valueOf(Long.parseLong(text)).canConvertToInt()
              ? IntNode.valueOf(Integer.parseInt(text))
              : LongNode.valueOf(Long.parseLong(text));
        case "bool":
          return BooleanNode.valueOf(Boolean.parseBoolean(text));
        default:
          return TextNode.valueOf(text);
      }
    }
    return TextNode.valueOf(text);
  }

  // ---------------------------------------------------------------- validation

  /** The schema errors of {@code spec}, in document order. */
  List<Violation> validate(JsonNode resource, String version) {
    List<Violation> out = new ArrayList<>();
    Optional<GoStruct> top =
        schema.struct(
            version + "." + (config ? "LLMInferenceServiceConfig" : "LLMInferenceService"));
    Iterator<String> keys = resource.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (top.isPresent() && top.get().field(key).isEmpty()) {
        out.add(Violation.unknownField(key));
      }
    }
    JsonNode spec = resource.get("spec");
    if (spec == null || spec.isNull()) {
      return out;
    }
    walkStruct(schema.spec(version), spec, "spec", new Scope(false, false), out);
    return out;
  }

  private void walkStruct(
      GoStruct struct, JsonNode obj, String path, Scope scope, List<Violation> out) {
    if (!obj.isObject()) {
      out.add(typeError(path, obj, "object"));
      return;
    }
    for (GoField f : struct.jsonFields()) {
      JsonNode v = obj.get(f.jsonName());
      boolean containersRelaxed =
          scope.podSpecWithoutRequiredContainers()
              && struct.name().equals(POD_SPEC)
              && f.jsonName().equals("containers");
      if ((v == null || v.isNull()) && f.required() && !containersRelaxed) {
        out.add(Violation.required(path + "." + f.jsonName(), ""));
      }
    }
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      String childPath = path + "." + e.getKey();
      Optional<GoField> field = struct.field(e.getKey());
      if (field.isEmpty()) {
        out.add(Violation.unknownField(childPath));
        continue;
      }
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue; // the API server prunes null from non-nullable fields
      }
      GoField f = field.get();
      if (f.constraint("schemaless").isPresent()) {
        continue; // x-kubernetes-preserve-unknown-fields without a type: anything goes
      }
      Scope childScope = scope;
      if (config && CONFIG_RELAXED.contains(childPath)) {
        childScope = new Scope(true, childScope.podSpecWithoutRequiredContainers());
      }
      if (POD_SPEC.equals(f.type().dereferenced().toString())) {
        childScope =
            new Scope(childScope.relaxed(), f.constraint("podSpecRequiresContainers").isEmpty());
      }
      walkValue(f, f.type(), v, childPath, childScope, out, true);
    }
  }

  private void walkValue(
      GoField f,
      GoType type,
      JsonNode v,
      String path,
      Scope scope,
      List<Violation> out,
      boolean top) {
    GoType t = type.dereferenced();
    if (t instanceof GoType.Scalar s) {
      if (!scalarMatches(s.name(), v)) {
        out.add(typeError(path, v, jsonTypeOf(s.name())));
        return;
      }
    } else if (t instanceof GoType.Special sp) {
      if (!specialMatches(sp.name(), v, path, scope, out)) {
        return;
      }
    } else if (t instanceof GoType.Slice sl) {
      if (!v.isArray()) {
        out.add(typeError(path, v, "array"));
        return;
      }
      if (top) {
        checkCollection(f, v, path, scope, out, "items");
      }
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isNull()) {
          walkValue(f, sl.element(), v.get(i), path + "[" + i + "]", scope, out, false);
        }
      }
      return;
    } else if (t instanceof GoType.MapOf m) {
      if (!v.isObject()) {
        out.add(typeError(path, v, "object"));
        return;
      }
      if (top) {
        checkCollection(f, v, path, scope, out, "properties");
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String p = path + "[" + e.getKey() + "]";
        JsonNode ev = e.getValue();
        if (ev.isNull()) {
          continue;
        }
        if (m.element() instanceof GoType.Scalar s && !scalarMatches(s.name(), ev)) {
          out.add(typeError(p, ev, jsonTypeOf(s.name())));
          continue;
        }
        if (ev.isTextual()) {
          checkString(p, ev, f.number("valueMaxLength"), f.constraint("valuePattern"), scope, out);
        } else if (!(m.element() instanceof GoType.Scalar)) {
          walkValue(f, m.element(), ev, p, scope, out, false);
        }
      }
      return;
    } else if (t instanceof GoType.Named) {
      Optional<GoStruct> struct = schema.structOf(t);
      if (struct.isPresent()) {
        walkStruct(struct.get(), v, path, scope, out);
      } else if (!v.isObject()) {
        out.add(typeError(path, v, "object"));
      }
      return;
    }
    if (top) {
      checkScalar(f, v, path, scope, out);
    }
  }

  private void checkScalar(GoField f, JsonNode v, String path, Scope scope, List<Violation> out) {
    List<String> allowed = f.enumValues();
    if (!allowed.isEmpty() && !allowed.contains(v.asText())) {
      out.add(Violation.notSupported(path, v, allowed));
      return;
    }
    if (v.isNumber()) {
      if (f.number("min").isPresent() && v.asDouble() < f.number("min").getAsLong()) {
        out.add(
            Violation.invalid(
                path,
                v,
                path
                    + " in body should be greater than or equal to "
                    + f.number("min").getAsLong()));
      }
      if (f.number("max").isPresent() && v.asDouble() > f.number("max").getAsLong()) {
        out.add(
            Violation.invalid(
                path,
                v,
                path + " in body should be less than or equal to " + f.number("max").getAsLong()));
      }
    }
    if (v.isTextual()) {
      if (!scope.relaxed() && f.number("minLength").isPresent()) {
        long min = f.number("minLength").getAsLong();
        if (length(v.textValue()) < min) {
          out.add(
              Violation.invalid(
                  path, v, path + " in body should be at least " + min + " chars long"));
        }
      }
      checkString(path, v, f.number("maxLength"), f.constraint("pattern"), scope, out);
    }
  }

  private void checkString(
      String path,
      JsonNode v,
      java.util.OptionalLong maxLength,
      Optional<String> pattern,
      Scope scope,
      List<Violation> out) {
    if (maxLength.isPresent() && length(v.textValue()) > maxLength.getAsLong()) {
      out.add(
          new Violation(
              path,
              Violation.Type.TOO_LONG,
              Optional.empty(),
              "may not be more than " + maxLength.getAsLong() + " bytes"));
    }
    if (!scope.relaxed() && pattern.isPresent() && !matches(pattern.get(), v.textValue())) {
      out.add(Violation.invalid(path, v, path + " in body should match '" + pattern.get() + "'"));
    }
  }

  private void checkCollection(
      GoField f, JsonNode v, String path, Scope scope, List<Violation> out, String unit) {
    String prefix = unit.equals("items") ? "Items" : "Properties";
    long size = v.size();
    Optional<Long> min =
        f.number("min" + prefix).isPresent()
            ? Optional.of(f.number("min" + prefix).getAsLong())
            : Optional.empty();
    if (!scope.relaxed() && min.isPresent() && size < min.get()) {
      out.add(
          Violation.invalid(
              path,
              IntNode.valueOf((int) size),
              path + " in body should have at least " + min.get() + " " + unit));
    }
    if (f.number("max" + prefix).isPresent() && size > f.number("max" + prefix).getAsLong()) {
      out.add(
          new Violation(
              path,
              Violation.Type.TOO_MANY,
              Optional.of(Long.toString(size)),
              "must have at most " + f.number("max" + prefix).getAsLong() + " items"));
    }
  }

  private boolean specialMatches(
      String name, JsonNode v, String path, Scope scope, List<Violation> out) {
    switch (name) {
      case "Quantity" -> {
        if (!(v.isTextual() || v.isIntegralNumber())) {
          out.add(typeError(path, v, "integer,string"));
          return false;
        }
        if (v.isTextual() && !scope.relaxed() && !QUANTITY.matcher(v.textValue()).matches()) {
          out.add(
              Violation.invalid(
                  path, v, path + " in body should match '" + QUANTITY.pattern() + "'"));
        }
        return true;
      }
      case "IntOrString" -> {
        if (!(v.isTextual() || v.isIntegralNumber())) {
          out.add(typeError(path, v, "integer,string"));
          return false;
        }
        return true;
      }
      case "RawExtension" -> {
        if (!v.isObject()) {
          out.add(typeError(path, v, "object"));
          return false;
        }
        return true;
      }
      case "URL", "Time" -> {
        if (!v.isTextual()) {
          out.add(typeError(path, v, "string"));
          return false;
        }
        return true;
      }
      default -> {
        return true; // JSON: schemaless
      }
    }
  }

  private static boolean scalarMatches(String goType, JsonNode v) {
    return switch (goType) {
      case "string" -> v.isTextual();
      case "bool" -> v.isBoolean();
      case "int32", "int64" ->
          v.isIntegralNumber()
              || (v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble()));
      default -> v.isNumber();
    };
  }

  private static String jsonTypeOf(String goType) {
    return switch (goType) {
      case "string" -> "string";
      case "bool" -> "boolean";
      case "int32", "int64" -> "integer";
      default -> "number";
    };
  }

  /** The API server's wording for a value of the wrong JSON type. */
  static Violation typeError(String path, JsonNode v, String expected) {
    String actual = actualType(v);
    return new Violation(
        path,
        Violation.Type.TYPE_INVALID,
        Optional.of(GoQuote.quote(actual)),
        path + " in body must be of type " + expected + ": " + GoQuote.quote(actual));
  }

  private static String actualType(JsonNode v) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isIntegralNumber()) {
      return "integer";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isArray()) {
      return "array";
    }
    return v.isObject() ? "object" : "null";
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private boolean matches(String regex, String s) {
    return patterns.computeIfAbsent(regex, Pattern::compile).matcher(s).find();
  }
}
