package dev.llmisvc.api.validation;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns KServe's two CRDs into the committed constraint table {@code crd-constraints.json}: for
 * every field of the Go type table ({@link GoSchema}), the OpenAPI keywords the CRD puts on it
 * (patterns, lengths, enums, bounds, formats, defaults, list markers, {@code
 * x-kubernetes-validations}), with the keywords of its items and map values nested under {@code
 * items} and {@code additionalProperties}.
 *
 * <p>It walks each CRD version beside the Go table and fails, naming the path, when the two
 * disagree: a CRD property without a Go field, a Go field the CRD does not have, a JSON type that
 * does not fit the Go type, or one Go field constrained differently at two places. For the config
 * CRD it checks that it equals the service CRD everywhere except below {@link #CONFIG_RELAXED},
 * where exactly the keywords of {@link #CONFIG_DROPPED} are missing, and records both lists.
 *
 * <p>Regenerate with {@code ./mvnw -pl llmisvc-api -Pcrd-constraints process-test-classes}
 * (optionally {@code -Dllmisvc.crds=DIR}); {@code CrdConstraintsTest} fails when the committed
 * table is not what this class makes of the CRDs.
 */
public final class CrdConstraintsGenerator {
  /** Where the generated table lives in the sources. */
  static final String TABLE = "src/main/resources/dev/llmisvc/api/schema/crd-constraints.json";

  static final String SERVICE_CRD = "serving.kserve.io_llminferenceservices.yaml";
  static final String CONFIG_CRD = "serving.kserve.io_llminferenceserviceconfigs.yaml";

  /**
   * The subtrees of the config CRD that KServe's Makefile strips of validation, because configs
   * hold template expressions there.
   */
  static final List<String> CONFIG_RELAXED =
      List.of(
          "spec.router.route.http.spec",
          "spec.router.scheduler.pool.spec",
          "spec.template",
          "spec.worker",
          "spec.prefill.template",
          "spec.prefill.worker",
          "spec.router.scheduler.template",
          "spec.router.scheduler.tokenizer.template");

  /** The keywords missing from the config CRD below {@link #CONFIG_RELAXED}. */
  static final Set<String> CONFIG_DROPPED =
      Set.of("pattern", "minLength", "minItems", "minProperties", "x-kubernetes-validations");

  /**
   * The keywords the table keeps; {@code type} and {@code anyOf} are checked against the Go type,
   * not kept, except {@code type} beside {@code x-kubernetes-preserve-unknown-fields}: without a
   * type that marks a schemaless field.
   */
  static final Set<String> KEPT =
      Set.of(
          "required",
          "enum",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minLength",
          "maxLength",
          "pattern",
          "format",
          "minItems",
          "maxItems",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "default",
          "nullable",
          "x-kubernetes-validations",
          "x-kubernetes-list-type",
          "x-kubernetes-list-map-keys",
          "x-kubernetes-map-type",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-int-or-string",
          "x-kubernetes-embedded-resource");

  /** The keywords that say nothing to validation. */
  static final Set<String> IGNORED =
      Set.of("description", "type", "anyOf", "properties", "items", "additionalProperties");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final GoSchema go;
  private final List<String> problems = new ArrayList<>();
  private boolean conflictsChecked = true;

  private CrdConstraintsGenerator(GoSchema go) {
    this.go = go;
  }

  /** Writes the table from the CRDs in {@code args[0]} (default ../shared/reference/crds). */
  public static void main(String[] args) throws IOException {
    Path crds = Path.of(args.length > 0 ? args[0] : "../../shared/reference/crds");
    Path out = Path.of(args.length > 1 ? args[1] : TABLE);
    String table = generate(crds);
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println("wrote " + out.toAbsolutePath().normalize());
  }

  /**
   * The table's text for the CRDs in {@code crds}; throws when the CRDs and the Go table differ.
   */
  static String generate(Path crds) throws IOException {
    CrdConstraintsGenerator g = new CrdConstraintsGenerator(GoSchema.kserve());
    YAMLMapper yaml = new YAMLMapper();
    JsonNode service = yaml.readTree(crds.resolve(SERVICE_CRD).toFile());
    JsonNode config = yaml.readTree(crds.resolve(CONFIG_CRD).toFile());

    Map<String, ObjectNode> fields = new TreeMap<>();
    Map<String, ObjectNode> roots = new TreeMap<>();
    g.walkCrd(service, "LLMInferenceService", fields, roots);

    // the config CRD's own fields are not kept (its relaxed subtrees share Go types with strict
    // places, so a table by type cannot hold them); it is walked for its Go fields and roots, and
    // compareConfig proves it is the service CRD minus CONFIG_DROPPED below CONFIG_RELAXED
    Map<String, ObjectNode> configRoots = new TreeMap<>();
    Map<String, ObjectNode> configFields = new TreeMap<>();
    g.conflictsChecked = false;
    g.walkCrd(config, "LLMInferenceServiceConfig", configFields, configRoots);
    // ...except the fields of the config resource's own structs, which only it has
    configFields.forEach(fields::putIfAbsent);
    g.compareConfig(service, config);

    if (!g.problems.isEmpty()) {
      throw new IllegalStateException(
          "the CRDs and the Go type table disagree:\n  " + String.join("\n  ", g.problems));
    }

    ObjectNode out = NODES.objectNode();
    ObjectNode source = out.putObject("source");
    source.put(
        "note",
        "Generated by CrdConstraintsGenerator from KServe's CRDs (Apache License 2.0, copyright The"
            + " KServe Authors); do not edit, regenerate.");
    source.put("kserveCommit", "aaac4e2");
    source.putArray("files").add(SERVICE_CRD).add(CONFIG_CRD);
    ObjectNode r = out.putObject("roots");
    roots.forEach((k, v) -> setIfAny(r, k, v));
    configRoots.forEach((k, v) -> setIfAny(r, k, v));
    ObjectNode relaxed = out.putObject("configRelaxed");
    ArrayNode paths = relaxed.putArray("paths");
    CONFIG_RELAXED.forEach(paths::add);
    ArrayNode dropped = relaxed.putArray("dropped");
    new TreeSet<>(CONFIG_DROPPED).forEach(dropped::add);
    // only constrained fields: the others were kept as {} while walking so that every sighting of
    // a field is compared
    ObjectNode f = out.putObject("fields");
    fields.forEach(
        (struct, byField) -> {
          ObjectNode kept = NODES.objectNode();
          byField.properties().forEach(e -> setIfAny(kept, e.getKey(), e.getValue()));
          setIfAny(f, struct, kept);
        });

    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return json.writer(pp).writeValueAsString(out) + "\n";
  }

  private static void setIfAny(ObjectNode target, String key, JsonNode value) {
    if (!value.isEmpty()) {
      target.set(key, value);
    }
  }

  private void walkCrd(
      JsonNode crd, String kind, Map<String, ObjectNode> fields, Map<String, ObjectNode> roots) {
    for (JsonNode v : crd.at("/spec/versions")) {
      String version = v.path("name").asText();
      JsonNode schema = v.at("/schema/openAPIV3Schema");
      String root = version + "." + kind;
      ObjectNode target = NODES.objectNode();
      walk(schema, new GoType.Named(root), kind + "/" + version, target, fields);
      roots.put(root, target);
    }
  }

  /**
   * Copies the kept keywords of {@code schema} into {@code target} and descends, checking the JSON
   * type against {@code type}.
   */
  private void walk(
      JsonNode schema,
      GoType type,
      String path,
      ObjectNode target,
      Map<String, ObjectNode> fields) {
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (KEPT.contains(e.getKey())
          || (e.getKey().equals("type") && schema.has("x-kubernetes-preserve-unknown-fields"))) {
        target.set(e.getKey(), e.getValue().deepCopy());
      } else if (!IGNORED.contains(e.getKey())) {
        problems.add(path + ": unexpected keyword " + e.getKey());
      }
    }
    GoType t = type.dereferenced();
    checkType(schema, t, path);
    if (t instanceof GoType.Slice s && schema.has("items")) {
      ObjectNode items = NODES.objectNode();
      walk(schema.get("items"), s.element(), path + "[]", items, fields);
      if (!items.isEmpty()) {
        target.set("items", items);
      }
    } else if (t instanceof GoType.MapOf m
        && schema.get("additionalProperties") instanceof ObjectNode ap) {
      ObjectNode values = NODES.objectNode();
      walk(ap, m.element(), path + "{}", values, fields);
      if (!values.isEmpty()) {
        target.set("additionalProperties", values);
      }
    } else if (t instanceof GoType.Named n && schema.has("properties")) {
      GoStruct struct = go.struct(n.name()).orElse(null);
      if (struct == null) {
        problems.add(path + ": the Go table has no struct " + n.name());
        return;
      }
      Set<String> seen = new TreeSet<>();
      for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
        String key = p.getKey();
        seen.add(key);
        GoField field = struct.field(key).orElse(null);
        if (field == null) {
          problems.add(path + "." + key + ": no field " + key + " in " + n.name());
          continue;
        }
        ObjectNode fieldTarget = NODES.objectNode();
        walk(p.getValue(), field.type(), path + "." + key, fieldTarget, fields);
        ObjectNode ofStruct = fields.computeIfAbsent(n.name(), k -> NODES.objectNode());
        JsonNode known = ofStruct.get(key);
        if (known == null) {
          if (!fieldTarget.isEmpty()) {
            ofStruct.set(key, fieldTarget);
          }
        } else if (conflictsChecked && !known.equals(fieldTarget)) {
          problems.add(
              path + "." + key + ": constrained unlike elsewhere: " + known + " vs " + fieldTarget);
        }
        if (known == null && fieldTarget.isEmpty()) {
          ofStruct.putObject(key); // seen unconstrained: later sightings must agree
        }
      }
      for (GoField f : struct.jsonFields()) {
        if (!seen.contains(f.jsonName())) {
          problems.add(path + "." + f.jsonName() + ": Go field of " + n.name() + " not in the CRD");
        }
      }
    }
  }

  private void checkType(JsonNode schema, GoType t, String path) {
    String json = schema.path("type").asText("");
    boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false);
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    String expected;
    if (t instanceof GoType.Scalar s) {
      expected =
          switch (s.name()) {
            case "string" -> "string";
            case "bool" -> "boolean";
            case "int32", "int64" -> "integer";
            default -> "number";
          };
    } else if (t instanceof GoType.Slice) {
      expected = "array";
    } else if (t instanceof GoType.MapOf || t instanceof GoType.Named) {
      expected = "object";
    } else {
      String special = ((GoType.Special) t).name();
      expected =
          switch (special) {
            case "Quantity", "IntOrString" -> "int-or-string";
            case "URL", "Time" -> "string";
            case "RawExtension" -> "object";
            default -> "any";
          };
    }
    String actual = intOrString ? "int-or-string" : json.isEmpty() && preserve ? "any" : json;
    // a schemaless field (KServe's recursive LoRA adapters) may have any Go type
    if (!actual.equals(expected) && !actual.equals("any")) {
      problems.add(path + ": CRD type " + actual + " for Go type " + t);
    }
  }

  /** Checks that the config CRD is the service CRD with {@link #CONFIG_DROPPED} relaxed. */
  private void compareConfig(JsonNode service, JsonNode config) {
    JsonNode sv = service.at("/spec/versions");
    JsonNode cv = config.at("/spec/versions");
    for (int i = 0; i < sv.size(); i++) {
      String version = sv.get(i).path("name").asText();
      JsonNode c = null;
      for (JsonNode v : cv) {
        if (v.path("name").asText().equals(version)) {
          c = v;
        }
      }
      if (c == null) {
        problems.add("config CRD has no version " + version);
        continue;
      }
      JsonNode s = sv.get(i).at("/schema/openAPIV3Schema/properties/spec");
      JsonNode cs = c.at("/schema/openAPIV3Schema/properties/spec");
      Set<String> differing = new TreeSet<>();
      compareNode(s, cs, "spec", false, differing);
      for (String root : CONFIG_RELAXED) {
        if (!differing.contains(root)) {
          problems.add(version + " config CRD: nothing relaxed below " + root);
        }
      }
    }
  }

  private void compareNode(
      JsonNode s, JsonNode c, String path, boolean relaxed, Set<String> differingRoots) {
    boolean inRelaxed = relaxed || CONFIG_RELAXED.contains(path);
    Set<String> keys = new TreeSet<>();
    s.fieldNames().forEachRemaining(keys::add);
    c.fieldNames().forEachRemaining(keys::add);
    for (String k : keys) {
      JsonNode a = s.get(k);
      JsonNode b = c.get(k);
      if (k.equals("properties") || k.equals("items") || k.equals("additionalProperties")) {
        continue;
      }
      if (k.equals("description")) {
        continue;
      }
      if (a != null && a.equals(b)) {
        continue;
      }
      if (inRelaxed && CONFIG_DROPPED.contains(k) && b == null) {
        differingRoots.add(rootOf(path));
        continue;
      }
      problems.add("config CRD " + path + ": " + k + " is " + b + ", service CRD " + a);
    }
    descend(s, c, path, inRelaxed, differingRoots);
  }

  private void descend(JsonNode s, JsonNode c, String path, boolean relaxed, Set<String> roots) {
    if (s.has("properties") || c.has("properties")) {
      Set<String> keys = new TreeSet<>();
      s.path("properties").fieldNames().forEachRemaining(keys::add);
      c.path("properties").fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode a = s.path("properties").get(k);
        JsonNode b = c.path("properties").get(k);
        if (a == null || b == null) {
          problems.add("config CRD " + path + "." + k + ": present in only one CRD");
          continue;
        }
        compareNode(a, b, path + "." + k, relaxed, roots);
      }
    }
    if (s.has("items") && c.has("items")) {
      compareNode(s.get("items"), c.get("items"), path + "[]", relaxed, roots);
    }
    if (s.get("additionalProperties") instanceof ObjectNode a
        && c.get("additionalProperties") instanceof ObjectNode b) {
      compareNode(a, b, path + "{}", relaxed, roots);
    }
  }

  private static String rootOf(String path) {
    for (String r : CONFIG_RELAXED) {
      if (path.equals(r) || path.startsWith(r + ".") || path.startsWith(r + "[")) {
        return r;
      }
    }
    return path;
  }
}
