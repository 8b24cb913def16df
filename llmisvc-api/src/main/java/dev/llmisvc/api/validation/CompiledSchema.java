package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CRD schema compiled once for validation: one immutable {@link StructNode} per Go struct of
 * {@link GoSchema}, with its JSON field table, and per field a {@link FieldNode} holding the
 * resolved type (pointers removed, structs linked) and the {@link Checks} of the CRD's keywords at
 * that field, read from the generated {@code crd-constraints.json} (see {@code
 * CrdConstraintsGenerator} in the tests). Walking a tree with it looks up nothing by type name and
 * compiles no regex.
 *
 * <p>{@link #kserve()} is built on first use, once per process, by class initialisation, which
 * publishes the finished graph to every thread; nothing in it changes afterwards, so it is read
 * without locks.
 */
final class CompiledSchema {
  private static final class Bundled {
    static final CompiledSchema INSTANCE = new CompiledSchema(GoSchema.kserve(), table());
  }

  /** What a field's JSON value is checked as. */
  enum Kind {
    STRING,
    BOOL,
    INTEGER,
    NUMBER,
    QUANTITY,
    INT_OR_STRING,
    RAW_EXTENSION,
    URL_OR_TIME,
    /** {@code JSON}: schemaless. */
    ANY,
    SLICE,
    MAP,
    STRUCT,
    /** A named type the tables do not declare: any object is accepted unchecked. */
    OPAQUE
  }

  /** A Go type with its pointers removed. */
  static final class TypeNode {
    final Kind kind;

    /** The element of a slice or map, pointers removed. */
    TypeNode element;

    /** For a map, whether the declared element is a scalar itself (not a pointer to one). */
    boolean elementDirectScalar;

    /** For a struct. */
    StructNode struct;

    /** Whether a CRD default can apply somewhere inside a value of this type. */
    boolean mayDefault;

    TypeNode(Kind kind) {
      this.kind = kind;
    }

    /** For a scalar kind, the JSON type the CRD declares. */
    String jsonType() {
      return switch (kind) {
        case STRING -> "string";
        case BOOL -> "boolean";
        case INTEGER -> "integer";
        default -> "number";
      };
    }

    boolean scalar() {
      return kind == Kind.STRING
          || kind == Kind.BOOL
          || kind == Kind.INTEGER
          || kind == Kind.NUMBER;
    }

    /** For a scalar kind, whether {@code v} has the JSON type the CRD declares. */
    boolean scalarMatches(JsonNode v) {
      return switch (kind) {
        case STRING -> v.isTextual();
        case BOOL -> v.isBoolean();
        case INTEGER ->
            v.isIntegralNumber()
                || (v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble()));
        default -> v.isNumber();
      };
    }
  }

  /** A Go struct: its JSON-visible fields in declaration order, indexed by JSON name. */
  static final class StructNode {
    final String name;
    private FieldNode[] fields = new FieldNode[0];
    private Map<String, FieldNode> byJson = Map.of();
    private FieldNode[] defaultable = new FieldNode[0];
    boolean mayDefault;

    StructNode(String name) {
      this.name = name;
    }

    /** The field a JSON key maps to, or null. */
    FieldNode field(String jsonName) {
      return byJson.get(jsonName);
    }

    /** Every JSON-visible field, in {@link GoStruct#jsonFields()} order. */
    FieldNode[] fields() {
      return fields;
    }

    /**
     * The fields where defaulting has something to do, in field order: those with a default, and
     * those whose type may hold a default further down.
     */
    FieldNode[] defaultable() {
      return defaultable;
    }
  }

  /** One JSON field of a struct with the CRD's checks for its value. */
  static final class FieldNode {
    final String jsonName;
    final TypeNode type;
    final Checks checks;
    final boolean schemaless;
    final JsonNode defaultValue;

    FieldNode(GoField f, TypeNode type, Checks checks) {
      this.jsonName = f.jsonName();
      this.type = type;
      this.checks = checks;
      this.schemaless = checks.schemaless;
      this.defaultValue = checks.defaultValue;
    }
  }

  private final Map<String, StructNode> structs;

  private final Map<String, Checks> roots;
  private final List<String> configRelaxed;
  private final Set<String> configDropped;

  private CompiledSchema(GoSchema schema, JsonNode table) {
    JsonNode constraints = table.path("fields");
    Map<String, Checks> rootChecks = new HashMap<>();
    table
        .path("roots")
        .properties()
        .forEach(e -> rootChecks.put(e.getKey(), new Checks(e.getValue())));
    this.roots = Map.copyOf(rootChecks);
    List<String> relaxed = new ArrayList<>();
    table.path("configRelaxed").path("paths").forEach(p -> relaxed.add(p.asText()));
    this.configRelaxed = List.copyOf(relaxed);
    Set<String> dropped = new java.util.TreeSet<>();
    table.path("configRelaxed").path("dropped").forEach(p -> dropped.add(p.asText()));
    this.configDropped = Set.copyOf(dropped);
    Map<String, StructNode> nodes = new LinkedHashMap<>();
    for (GoStruct s : schema.structs()) {
      nodes.put(s.name(), new StructNode(s.name()));
    }
    Map<GoType, TypeNode> types = new HashMap<>();
    for (GoStruct s : schema.structs()) {
      StructNode node = nodes.get(s.name());
      List<FieldNode> fields = new ArrayList<>();
      Map<String, FieldNode> byJson = new HashMap<>();
      JsonNode ofStruct = constraints.path(s.name());
      for (GoField f : s.jsonFields()) {
        JsonNode c = ofStruct.get(f.jsonName());
        FieldNode field =
            new FieldNode(f, type(f.type(), nodes, types), c == null ? Checks.NONE : new Checks(c));
        fields.add(field);
        byJson.put(field.jsonName, field);
      }
      node.fields = fields.toArray(FieldNode[]::new);
      node.byJson = Map.copyOf(byJson);
    }
    markDefaults(nodes.values(), types.values());
    for (StructNode node : nodes.values()) {
      node.defaultable =
          java.util.Arrays.stream(node.fields)
              .filter(f -> f.defaultValue != null || f.type.mayDefault)
              .toArray(FieldNode[]::new);
    }
    this.structs = Map.copyOf(nodes);
  }

  /** The keywords of a resource's root object (by {@code version.Kind}), or {@link Checks#NONE}. */
  Checks root(String resourceType) {
    return roots.getOrDefault(resourceType, Checks.NONE);
  }

  /** The config CRD's subtrees without {@link #configDropped()}'s keywords. */
  List<String> configRelaxed() {
    return configRelaxed;
  }

  /** The keywords the config CRD drops below {@link #configRelaxed()}. */
  Set<String> configDropped() {
    return configDropped;
  }

  private static JsonNode table() {
    try (java.io.InputStream in = GoSchema.class.getResourceAsStream("crd-constraints.json")) {
      if (in == null) {
        throw new IllegalStateException("crd-constraints.json is missing from the classpath");
      }
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read crd-constraints.json", e);
    }
  }

  /** The schema of the bundled tables, compiled once per process. */
  static CompiledSchema kserve() {
    return Bundled.INSTANCE;
  }

  /** A struct by its qualified name, or null. */
  StructNode struct(String name) {
    return structs.get(name);
  }

  /** The root spec struct of an API version. */
  StructNode spec(String version) {
    StructNode s = struct(version + ".LLMInferenceServiceSpec");
    if (s == null) {
      throw new IllegalArgumentException("no API version " + version);
    }
    return s;
  }

  private static TypeNode type(
      GoType declared, Map<String, StructNode> structs, Map<GoType, TypeNode> cache) {
    GoType t = declared.dereferenced();
    TypeNode known = cache.get(t);
    if (known != null) {
      return known;
    }
    TypeNode node;
    if (t instanceof GoType.Scalar s) {
      node =
          new TypeNode(
              switch (s.name()) {
                case "string" -> Kind.STRING;
                case "bool" -> Kind.BOOL;
                case "int32", "int64" -> Kind.INTEGER;
                default -> Kind.NUMBER;
              });
    } else if (t instanceof GoType.Special sp) {
      node =
          new TypeNode(
              switch (sp.name()) {
                case "Quantity" -> Kind.QUANTITY;
                case "IntOrString" -> Kind.INT_OR_STRING;
                case "RawExtension" -> Kind.RAW_EXTENSION;
                case "URL", "Time" -> Kind.URL_OR_TIME;
                default -> Kind.ANY;
              });
    } else if (t instanceof GoType.Slice sl) {
      node = new TypeNode(Kind.SLICE);
      node.element = type(sl.element(), structs, cache);
    } else if (t instanceof GoType.MapOf m) {
      node = new TypeNode(Kind.MAP);
      node.element = type(m.element(), structs, cache);
      node.elementDirectScalar = m.element() instanceof GoType.Scalar;
    } else {
      StructNode s = structs.get(((GoType.Named) t).name());
      node = new TypeNode(s == null ? Kind.OPAQUE : Kind.STRUCT);
      node.struct = s;
    }
    cache.put(t, node);
    return node;
  }

  /**
   * Marks the structs and types under which a CRD default can apply, so defaulting skips every
   * subtree where none can (a fixpoint, since structs may refer to each other).
   */
  private static void markDefaults(
      Iterable<StructNode> structs, java.util.Collection<TypeNode> types) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TypeNode t : types) {
        boolean may =
            switch (t.kind) {
              case SLICE, MAP -> t.element.mayDefault;
              case STRUCT -> t.struct.mayDefault;
              default -> false;
            };
        if (may && !t.mayDefault) {
          t.mayDefault = true;
          changed = true;
        }
      }
      for (StructNode s : structs) {
        if (s.mayDefault) {
          continue;
        }
        for (FieldNode f : s.fields) {
          if (f.defaultValue != null || f.type.mayDefault) {
            s.mayDefault = true;
            changed = true;
            break;
          }
        }
      }
    }
  }
}
