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
  /** The service CRD's schema. */
  static final CrdSchema SERVICE = new CrdSchema(CompiledSchema.kserve(), false);

  /** The config CRD's schema. */
  static final CrdSchema CONFIG = new CrdSchema(CompiledSchema.kserve(), true);

  private final CompiledSchema schema;
  private final boolean config;

  /** The config CRD's relaxed subtrees, and their last keys (only such a field can relax). */
  private final Set<String> relaxedPaths;

  private final Set<String> relaxedKeys;

  /** Per API version name: the resource's struct (null when the tables lack it) and its spec. */
  private final Map<String, Roots> roots = new HashMap<>();

  private record Roots(StructNode resource, StructNode spec) {}

  CrdSchema(CompiledSchema schema, boolean config) {
    this.schema = schema;
    this.config = config;
    this.relaxedPaths = Set.copyOf(schema.configRelaxed());
    this.relaxedKeys =
        relaxedPaths.stream()
            .map(p -> p.substring(p.lastIndexOf('.') + 1))
            .collect(Collectors.toUnmodifiableSet());
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

  /**
   * A place whose CEL rules wait for the schema checks to pass: the API server evaluates no rule
   * while a blocking error (type, required, enum, too long, too many) stands.
   */
  private record CelSite(Checks checks, JsonNode value, String path, String schemaType) {}

  /** The walk's output: the schema errors, then the places with rules. */
  private static final class Walk {
    final List<Violation> out;
    final List<CelSite> cel = new ArrayList<>();

    Walk(List<Violation> out) {
      this.out = out;
    }
  }

  /** The API server's line when it skipped the CEL rules because of a blocking error. */
  static final String RULES_NOT_CHECKED =
      "some validation rules were not checked because the object was invalid; correct the existing"
          + " errors to complete validation";

  /**
   * The schema errors of a resource in document order, then its list-type duplicates, then its
   * failed CEL rules; or, when a blocking error stands, the API server's note that the rules were
   * not checked.
   */
  List<Violation> validate(JsonNode resource, String version) {
    List<Violation> out = new ArrayList<>();
    String kind = config ? "LLMInferenceServiceConfig" : "LLMInferenceService";
    Roots r = roots.get(version);
    StructNode top = r != null ? r.resource() : schema.struct(version + "." + kind);
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
    Walk walk = new Walk(out);
    FieldNode specField = top == null ? null : top.field("spec");
    Checks specChecks = specField == null ? Checks.NONE : specField.checks;
    StringBuilder path = new StringBuilder(128).append("spec");
    if (spec.isObject() && !specChecks.rules.isEmpty()) {
      walk.cel.add(new CelSite(specChecks, spec, "spec", "object"));
    }
    walkStruct(spec(version), specChecks, spec, path, false, walk);
    if (walk.cel.isEmpty()) {
      return out;
    }
    if (blocking(out)) {
      out.add(
          new Violation(
              "<nil>", Violation.Type.INVALID, Optional.of("\"null\""), RULES_NOT_CHECKED));
      return out;
    }
    for (CelSite site : walk.cel) {
      CelRules.check(site.checks().rules, site.value(), site.path(), site.schemaType(), out);
    }
    return out;
  }

  /** Whether an error keeps the API server from evaluating CEL rules. */
  private static boolean blocking(List<Violation> errors) {
    for (Violation v : errors) {
      switch (v.type()) {
        case NOT_SUPPORTED, REQUIRED, TOO_LONG, TOO_MANY, TYPE_INVALID -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * Checks an object against a struct.
   *
   * @param checks the CRD's keywords for this object (its required fields, rules)
   * @param path the object's path; restored before returning
   * @param relaxed inside a subtree the config CRD relaxes
   */
  private void walkStruct(
      StructNode struct,
      Checks checks,
      JsonNode obj,
      StringBuilder path,
      boolean relaxed,
      Walk walk) {
    List<Violation> out = walk.out;
    if (!obj.isObject()) {
      out.add(typeError(path.toString(), obj, "object"));
      return;
    }
    for (String name : checks.required) {
      JsonNode v = obj.get(name);
      if (v == null || v.isNull()) {
        out.add(Violation.required(path + "." + name, ""));
      }
    }
    checkCount(checks, obj, path, relaxed, out, false);
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
                || (config && relaxedKeys.contains(key) && relaxedPaths.contains(path.toString()));
        walkValue(f.type, f.checks, v, path, childRelaxed, walk);
      }
      path.setLength(mark);
    }
  }

  private void walkValue(
      TypeNode t, Checks c, JsonNode v, StringBuilder path, boolean relaxed, Walk walk) {
    List<Violation> out = walk.out;
    switch (t.kind) {
      case STRING, BOOL, INTEGER, NUMBER -> {
        if (!t.scalarMatches(v)) {
          out.add(typeError(path.toString(), v, t.jsonType()));
          return;
        }
      }
      case QUANTITY, INT_OR_STRING, RAW_EXTENSION, URL_OR_TIME, ANY -> {
        if (!specialMatches(t, v, path, out)) {
          return;
        }
      }
      case SLICE -> {
        if (!v.isArray()) {
          out.add(typeError(path.toString(), v, "array"));
          return;
        }
        checkCount(c, v, path, relaxed, out, true);
        checkListType(c, v, path, out);
        addRules(c, v, path, relaxed, "array", walk);
        int mark = path.length();
        for (int i = 0; i < v.size(); i++) {
          JsonNode e = v.get(i);
          if (!e.isNull()) {
            path.append('[').append(i).append(']');
            walkValue(t.element, c.items, e, path, relaxed, walk);
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
        checkCount(c, v, path, relaxed, out, false);
        addRules(c, v, path, relaxed, "object", walk);
        int mark = path.length();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          JsonNode ev = e.getValue();
          if (ev.isNull()) {
            continue;
          }
          path.append('.').append(e.getKey()); // the API server's schema paths: matchLabels.app
          if (t.elementDirectScalar && !t.element.scalarMatches(ev)) {
            out.add(typeError(path.toString(), ev, t.element.jsonType()));
          } else {
            walkValue(t.element, c.values, ev, path, relaxed, walk);
          }
          path.setLength(mark);
        }
        return;
      }
      case STRUCT -> {
        addRules(c, v, path, relaxed, "object", walk);
        walkStruct(t.struct, c, v, path, relaxed, walk);
        return;
      }
      case OPAQUE -> {
        if (!v.isObject()) {
          out.add(typeError(path.toString(), v, "object"));
        }
        return;
      }
    }
    if (c.checksScalar()) {
      checkScalar(c, v, path, relaxed, out);
    }
    addRules(
        c,
        v,
        path,
        relaxed,
        v.isTextual()
            ? "string"
            : v.isBoolean() ? "boolean" : v.isIntegralNumber() ? "integer" : "number",
        walk);
  }

  private static void addRules(
      Checks c, JsonNode v, StringBuilder path, boolean relaxed, String schemaType, Walk walk) {
    if (!relaxed && !c.rules.isEmpty()) {
      walk.cel.add(new CelSite(c, v, path.toString(), schemaType));
    }
  }

  private static void checkScalar(
      Checks c, JsonNode v, StringBuilder path, boolean relaxed, List<Violation> out) {
    if (!c.enumValues.isEmpty() && !c.enumSet.contains(v.asText())) {
      out.add(Violation.notSupported(path.toString(), v, c.enumValues));
      return;
    }
    if (v.isNumber()) {
      if (c.minimum != null && v.asDouble() < c.minimum.asDouble()) {
        String p = path.toString();
        out.add(
            Violation.invalid(
                p, v, p + " in body should be greater than or equal to " + goNumber(c.minimum)));
      }
      if (c.maximum != null && v.asDouble() > c.maximum.asDouble()) {
        String p = path.toString();
        out.add(
            Violation.invalid(
                p, v, p + " in body should be less than or equal to " + goNumber(c.maximum)));
      }
    }
    if (v.isTextual()) {
      if (!relaxed && c.minLength != null) {
        long min = c.minLength;
        if (length(v.textValue()) < min) {
          String p = path.toString();
          out.add(
              Violation.invalid(p, v, p + " in body should be at least " + min + " chars long"));
        }
      }
      if (c.maxLength != null && length(v.textValue()) > c.maxLength) {
        out.add(
            new Violation(
                path.toString(),
                Violation.Type.TOO_LONG,
                Optional.empty(),
                "may not be more than " + c.maxLength + " bytes"));
      }
      if (!relaxed && c.pattern != null && !c.pattern.matcher(v.textValue()).find()) {
        String p = path.toString();
        out.add(Violation.invalid(p, v, p + " in body should match '" + c.pattern.pattern() + "'"));
      }
    }
  }

  /** A CRD bound as Go's {@code %v} prints a float64 holding an integer or a fraction. */
  private static String goNumber(JsonNode n) {
    return n.isIntegralNumber() ? n.asText() : dev.llmisvc.api.validation.GoValue.render(n);
  }

  private static void checkCount(
      Checks c,
      JsonNode v,
      StringBuilder path,
      boolean relaxed,
      List<Violation> out,
      boolean items) {
    String unit = items ? "items" : "properties";
    Long min = items ? c.minItems : c.minProperties;
    Long max = items ? c.maxItems : c.maxProperties;
    if (min == null && max == null) {
      return;
    }
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

  /**
   * {@code x-kubernetes-list-type} {@code set} and {@code map}: every repeated element (set) or
   * repeated key (map) after its first appearance is a {@code Duplicate value}.
   */
  private static void checkListType(Checks c, JsonNode v, StringBuilder path, List<Violation> out) {
    if (c.listType == null || v.size() < 2) {
      return;
    }
    boolean map = c.listType.equals("map");
    if (!map && !c.listType.equals("set")) {
      return;
    }
    java.util.Set<JsonNode> seen = new java.util.HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      JsonNode key = e;
      if (map) {
        if (!e.isObject()) {
          continue;
        }
        ObjectNode k = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String name : c.listMapKeys) {
          JsonNode kv = e.get(name);
          if (kv != null && !kv.isNull()) {
            k.set(name, kv); // absent key fields were defaulted where the CRD has a default
          }
        }
        key = k;
      }
      if (!seen.add(key)) {
        out.add(
            new Violation(
                path + "[" + i + "]",
                Violation.Type.DUPLICATE,
                Optional.of(map ? GoValue.goSyntaxMap(key) : GoValue.render(key)),
                ""));
      }
    }
  }

  private static boolean specialMatches(
      TypeNode t, JsonNode v, StringBuilder path, List<Violation> out) {
    switch (t.kind) {
      case QUANTITY, INT_OR_STRING -> {
        // x-kubernetes-int-or-string: type [integer, string] plus anyOf [{integer}, {string}];
        // a number holding an integer (1.0) is an integer to the API server
        if (!(v.isTextual()
            || v.isIntegralNumber()
            || (v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble())))) {
          String p = path.toString();
          out.add(typeError(p, v, "integer,string"));
          out.add(
              new Violation(
                  "<nil>",
                  Violation.Type.INVALID,
                  Optional.of("\"\""),
                  GoQuote.quote(p) + " must validate at least one schema (anyOf)"));
          out.add(typeError(p, v, "integer"));
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
