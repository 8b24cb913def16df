package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.GoQuote;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.validation.CompiledSchema.FieldNode;
import dev.llmisvc.api.validation.CompiledSchema.StructNode;
import dev.llmisvc.api.validation.CompiledSchema.TypeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI part of the CRDs, driven by {@link GoSchema}: structural defaults, unknown fields,
 * JSON types, {@code required}, enums, bounds, lengths, patterns, item and property counts.
 *
 * <p>What it does not do: the upstream CEL rules of embedded types (gateway-api, GIE beyond P1/P2
 * which {@link CelRules} has), formats, and anything inside a struct the table does not declare yet
 * (such values are accepted unchecked). {@code required: [containers]} is dropped from the pod
 * specs KServe's Makefile strips it from, and kept on {@code tokenizer.template}.
 *
 * <p>It walks the {@link CompiledSchema}, so a walk looks no type up by name and compiles no regex;
 * field paths are built in one buffer and turned into strings only for an error. Stateless: the two
 * instances ({@link #SERVICE}, {@link #CONFIG}) are shared by every validator and thread.
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

  /** The last keys of {@link #CONFIG_RELAXED}: only a field of one of these names can relax. */
  private static final Set<String> CONFIG_RELAXED_KEYS =
      CONFIG_RELAXED.stream()
          .map(p -> p.substring(p.lastIndexOf('.') + 1))
          .collect(Collectors.toUnmodifiableSet());

  private static final Pattern QUANTITY =
      Pattern.compile(
          "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$");

  /** The service CRD's schema. */
  static final CrdSchema SERVICE = new CrdSchema(CompiledSchema.kserve(), false);

  /** The config CRD's schema. */
  static final CrdSchema CONFIG = new CrdSchema(CompiledSchema.kserve(), true);

  private final CompiledSchema schema;
  private final boolean config;

  /** Per API version name: the resource's struct (null when the tables lack it) and its spec. */
  private final Map<String, Roots> roots = new HashMap<>();

  private record Roots(StructNode resource, StructNode spec) {}

  CrdSchema(CompiledSchema schema, boolean config) {
    this.schema = schema;
    this.config = config;
    for (ApiVersion v : ApiVersion.values()) {
      String name = v.versionName();
      roots.put(
          name,
          new Roots(
              schema.struct(
                  name + "." + (config ? "LLMInferenceServiceConfig" : "LLMInferenceService")),
              schema.spec(name)));
    }
  }

  /** A schema over {@link GoSchema#kserve()}. */
  static CrdSchema of(boolean config) {
    return config ? CONFIG : SERVICE;
  }

  private StructNode spec(String version) {
    Roots r = roots.get(version);
    return r == null ? schema.spec(version) : r.spec();
  }

  // ---------------------------------------------------------------- defaults

  /**
   * Applies the CRD {@code default}s to {@code spec}, as the API server does on decode, through
   * {@code tree}: only the objects and arrays on the way to a defaulted field are copied.
   */
  void applyDefaults(CopyOnWrite tree, String version) {
    JsonNode spec = tree.root().get("spec");
    if (spec != null && spec.isObject()) {
      ObjectNode defaulted = defaultStruct(spec(version), (ObjectNode) spec, tree);
      if (defaulted != spec) {
        tree.writableRoot().set("spec", defaulted);
      }
    }
  }

  /** {@code obj} with the defaults of {@code struct} applied: itself when none applies. */
  private static ObjectNode defaultStruct(StructNode struct, ObjectNode obj, CopyOnWrite tree) {
    if (!struct.mayDefault) {
      return obj;
    }
    ObjectNode out = obj;
    // only the fields with a default or a default below them: the others cannot change
    for (FieldNode f : struct.defaultable()) {
      JsonNode v = obj.get(f.jsonName);
      if (v == null || v.isNull()) {
        if (f.defaultValue != null) {
          out = tree.own(out);
          out.set(f.jsonName, f.defaultValue);
        }
        continue;
      }
      if (f.type.mayDefault) {
        JsonNode defaulted = defaultValue(f.type, v, tree);
        if (defaulted != v) {
          out = tree.own(out);
          out.set(f.jsonName, defaulted);
        }
      }
    }
    return out;
  }

  private static JsonNode defaultValue(TypeNode t, JsonNode v, CopyOnWrite tree) {
    switch (t.kind) {
      case SLICE -> {
        if (!v.isArray() || !t.element.mayDefault) {
          return v;
        }
        ArrayNode out = (ArrayNode) v;
        for (int i = 0; i < v.size(); i++) {
          JsonNode e = v.get(i);
          JsonNode defaulted = defaultValue(t.element, e, tree);
          if (defaulted != e) {
            out = tree.own(out);
            out.set(i, defaulted);
          }
        }
        return out;
      }
      case MAP -> {
        if (!v.isObject() || !t.element.mayDefault) {
          return v;
        }
        ObjectNode out = (ObjectNode) v;
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          JsonNode defaulted = defaultValue(t.element, e.getValue(), tree);
          if (defaulted != e.getValue()) {
            out = tree.own(out);
            out.set(e.getKey(), defaulted);
          }
        }
        return out;
      }
      case STRUCT -> {
        return v.isObject() ? defaultStruct(t.struct, (ObjectNode) v, tree) : v;
      }
      default -> {
        return v;
      }
    }
  }

  // ---------------------------------------------------------------- validation

  /** The schema errors of {@code spec}, in document order. */
  List<Violation> validate(JsonNode resource, String version) {
    List<Violation> out = new ArrayList<>();
    Roots r = roots.get(version);
    StructNode top =
        r != null
            ? r.resource()
            : schema.struct(
                version + "." + (config ? "LLMInferenceServiceConfig" : "LLMInferenceService"));
    Iterator<String> keys = resource.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (top != null && top.field(key) == null) {
        out.add(Violation.unknownField(key));
      }
    }
    JsonNode spec = resource.get("spec");
    if (spec == null || spec.isNull()) {
      return out;
    }
    walkStruct(spec(version), spec, new StringBuilder(128).append("spec"), false, false, out);
    return out;
  }

  /**
   * Checks an object against a struct.
   *
   * @param path the object's path; restored before returning
   * @param relaxed inside a subtree {@link #CONFIG_RELAXED} relaxes
   * @param podWithoutContainers inside a pod spec whose {@code containers} the CRD does not require
   */
  private void walkStruct(
      StructNode struct,
      JsonNode obj,
      StringBuilder path,
      boolean relaxed,
      boolean podWithoutContainers,
      List<Violation> out) {
    if (!obj.isObject()) {
      out.add(typeError(path.toString(), obj, "object"));
      return;
    }
    FieldNode[] required = struct.required();
    for (int i = 0; i < required.length; i++) {
      FieldNode f = required[i];
      JsonNode v = obj.get(f.jsonName);
      if ((v == null || v.isNull()) && !(podWithoutContainers && struct.requiredRelaxable(i))) {
        out.add(Violation.required(path + "." + f.jsonName, ""));
      }
    }
    int mark = path.length();
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      String key = e.getKey();
      path.append('.').append(key);
      FieldNode f = struct.field(key);
      JsonNode v = e.getValue();
      if (f == null) {
        out.add(Violation.unknownField(path.toString()));
      } else if (!v.isNull() && !f.schemaless) {
        // null: the API server prunes it from non-nullable fields; schemaless:
        // x-kubernetes-preserve-unknown-fields without a type, anything goes
        boolean childRelaxed =
            relaxed
                || (config
                    && CONFIG_RELAXED_KEYS.contains(key)
                    && CONFIG_RELAXED.contains(path.toString()));
        boolean childPod = f.podSpec ? !f.podSpecRequiresContainers : podWithoutContainers;
        walkValue(f, f.type, v, path, childRelaxed, childPod, out, true);
      }
      path.setLength(mark);
    }
  }

  private void walkValue(
      FieldNode f,
      TypeNode t,
      JsonNode v,
      StringBuilder path,
      boolean relaxed,
      boolean pod,
      List<Violation> out,
      boolean top) {
    switch (t.kind) {
      case STRING, BOOL, INTEGER, NUMBER -> {
        if (!t.scalarMatches(v)) {
          out.add(typeError(path.toString(), v, t.jsonType()));
          return;
        }
      }
      case QUANTITY, INT_OR_STRING, RAW_EXTENSION, URL_OR_TIME, ANY -> {
        if (!specialMatches(t, v, path, relaxed, out)) {
          return;
        }
      }
      case SLICE -> {
        if (!v.isArray()) {
          out.add(typeError(path.toString(), v, "array"));
          return;
        }
        if (top) {
          checkCollection(f, v, path, relaxed, out, true);
        }
        int mark = path.length();
        for (int i = 0; i < v.size(); i++) {
          JsonNode e = v.get(i);
          if (!e.isNull()) {
            path.append('[').append(i).append(']');
            walkValue(f, t.element, e, path, relaxed, pod, out, false);
            path.setLength(mark);
          }
        }
        return;
      }
      case MAP -> {
        if (!v.isObject()) {
          out.add(typeError(path.toString(), v, "object"));
          return;
        }
        if (top) {
          checkCollection(f, v, path, relaxed, out, false);
        }
        int mark = path.length();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          JsonNode ev = e.getValue();
          if (ev.isNull()) {
            continue;
          }
          path.append('[').append(e.getKey()).append(']');
          if (t.elementDirectScalar && !t.element.scalarMatches(ev)) {
            out.add(typeError(path.toString(), ev, t.element.jsonType()));
          } else if (ev.isTextual()) {
            checkString(path, ev, f.valueMaxLength, f.valuePattern, relaxed, out);
          } else if (!t.elementDirectScalar) {
            walkValue(f, t.element, ev, path, relaxed, pod, out, false);
          }
          path.setLength(mark);
        }
        return;
      }
      case STRUCT -> {
        walkStruct(t.struct, v, path, relaxed, pod, out);
        return;
      }
      case OPAQUE -> {
        if (!v.isObject()) {
          out.add(typeError(path.toString(), v, "object"));
        }
        return;
      }
    }
    if (top) {
      checkScalar(f, v, path, relaxed, out);
    }
  }

  private static void checkScalar(
      FieldNode f, JsonNode v, StringBuilder path, boolean relaxed, List<Violation> out) {
    if (!f.enumValues.isEmpty() && !f.enumSet.contains(v.asText())) {
      out.add(Violation.notSupported(path.toString(), v, f.enumValues));
      return;
    }
    if (v.isNumber()) {
      if (f.min != null && v.asDouble() < f.min) {
        String p = path.toString();
        out.add(
            Violation.invalid(p, v, p + " in body should be greater than or equal to " + f.min));
      }
      if (f.max != null && v.asDouble() > f.max) {
        String p = path.toString();
        out.add(Violation.invalid(p, v, p + " in body should be less than or equal to " + f.max));
      }
    }
    if (v.isTextual()) {
      if (!relaxed && f.minLength != null) {
        long min = f.minLength;
        if (length(v.textValue()) < min) {
          String p = path.toString();
          out.add(
              Violation.invalid(p, v, p + " in body should be at least " + min + " chars long"));
        }
      }
      checkString(path, v, f.maxLength, f.pattern, relaxed, out);
    }
  }

  private static void checkString(
      StringBuilder path,
      JsonNode v,
      Long maxLength,
      Pattern pattern,
      boolean relaxed,
      List<Violation> out) {
    if (maxLength != null && length(v.textValue()) > maxLength) {
      out.add(
          new Violation(
              path.toString(),
              Violation.Type.TOO_LONG,
              Optional.empty(),
              "may not be more than " + maxLength + " bytes"));
    }
    if (!relaxed && pattern != null && !pattern.matcher(v.textValue()).find()) {
      String p = path.toString();
      out.add(Violation.invalid(p, v, p + " in body should match '" + pattern.pattern() + "'"));
    }
  }

  private static void checkCollection(
      FieldNode f,
      JsonNode v,
      StringBuilder path,
      boolean relaxed,
      List<Violation> out,
      boolean items) {
    String unit = items ? "items" : "properties";
    Long min = items ? f.minItems : f.minProperties;
    Long max = items ? f.maxItems : f.maxProperties;
    long size = v.size();
    if (!relaxed && min != null && size < min) {
      String p = path.toString();
      out.add(
          Violation.invalid(
              p,
              IntNode.valueOf((int) size),
              p + " in body should have at least " + min + " " + unit));
    }
    if (max != null && size > max) {
      out.add(
          new Violation(
              path.toString(),
              Violation.Type.TOO_MANY,
              Optional.of(Long.toString(size)),
              "must have at most " + max + " items"));
    }
  }

  private static boolean specialMatches(
      TypeNode t, JsonNode v, StringBuilder path, boolean relaxed, List<Violation> out) {
    switch (t.kind) {
      case QUANTITY -> {
        if (!(v.isTextual() || v.isIntegralNumber())) {
          out.add(typeError(path.toString(), v, "integer,string"));
          return false;
        }
        if (v.isTextual() && !relaxed && !QUANTITY.matcher(v.textValue()).matches()) {
          String p = path.toString();
          out.add(
              Violation.invalid(p, v, p + " in body should match '" + QUANTITY.pattern() + "'"));
        }
        return true;
      }
      case INT_OR_STRING -> {
        if (!(v.isTextual() || v.isIntegralNumber())) {
          out.add(typeError(path.toString(), v, "integer,string"));
          return false;
        }
        return true;
      }
      case RAW_EXTENSION -> {
        if (!v.isObject()) {
          out.add(typeError(path.toString(), v, "object"));
          return false;
        }
        return true;
      }
      case URL_OR_TIME -> {
        if (!v.isTextual()) {
          out.add(typeError(path.toString(), v, "string"));
          return false;
        }
        return true;
      }
      default -> {
        return true; // JSON: schemaless
      }
    }
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
}
