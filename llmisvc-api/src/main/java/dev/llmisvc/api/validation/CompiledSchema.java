package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.util.regex.Pattern;

/**
 * The CRD schema of {@link GoSchema} compiled once for validation: one immutable {@link StructNode}
 * per Go struct, with its JSON field table, and per field a {@link FieldNode} holding the resolved
 * type (pointers removed, structs linked), the required flag, the enum values, the bounds, the
 * compiled patterns and the default as a JSON value. Walking a tree with it looks up nothing by
 * type name and compiles no regex.
 *
 * <p>{@link #kserve()} is built on first use, once per process, by class initialisation, which
 * publishes the finished graph to every thread; nothing in it changes afterwards, so it is read
 * without locks.
 */
final class CompiledSchema {
  private static final String POD_SPEC = "core.PodSpec";

  private static final class Bundled {
    static final CompiledSchema INSTANCE = new CompiledSchema(GoSchema.kserve());
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
    private FieldNode[] required = new FieldNode[0];
    private boolean[] requiredRelaxable = new boolean[0];
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

    /** The required fields, in field order. */
    FieldNode[] required() {
      return required;
    }

    /**
     * Whether {@code required()[i]} is a pod spec's {@code containers}, which KServe's CRDs do not
     * require where the pod spec is one of the stripped ones.
     */
    boolean requiredRelaxable(int i) {
      return requiredRelaxable[i];
    }
  }

  /** One JSON field of a struct with its CRD constraints, parsed and compiled. */
  static final class FieldNode {
    final String jsonName;
    final TypeNode type;
    final boolean required;
    final boolean schemaless;
    final boolean podSpec;
    final boolean podSpecRequiresContainers;
    final JsonNode defaultValue;
    final List<String> enumValues;
    final Set<String> enumSet;
    final Long min;
    final Long max;
    final Long minLength;
    final Long maxLength;
    final Long minItems;
    final Long maxItems;
    final Long minProperties;
    final Long maxProperties;
    final Long valueMaxLength;
    final Pattern pattern;
    final Pattern valuePattern;

    FieldNode(GoField f, TypeNode type) {
      this.jsonName = f.jsonName();
      this.type = type;
      this.required = f.required();
      this.schemaless = f.constraint("schemaless").isPresent();
      GoType t = f.type().dereferenced();
      this.podSpec = POD_SPEC.equals(t.toString());
      this.podSpecRequiresContainers = f.constraint("podSpecRequiresContainers").isPresent();
      this.defaultValue = f.constraint("default").map(d -> defaultValue(t, d)).orElse(null);
      this.enumValues = f.enumValues();
      this.enumSet = Set.copyOf(new java.util.HashSet<>(enumValues));
      this.min = number(f, "min");
      this.max = number(f, "max");
      this.minLength = number(f, "minLength");
      this.maxLength = number(f, "maxLength");
      this.minItems = number(f, "minItems");
      this.maxItems = number(f, "maxItems");
      this.minProperties = number(f, "minProperties");
      this.maxProperties = number(f, "maxProperties");
      this.valueMaxLength = number(f, "valueMaxLength");
      this.pattern = f.constraint("pattern").map(Pattern::compile).orElse(null);
      this.valuePattern = f.constraint("valuePattern").map(Pattern::compile).orElse(null);
    }

    private static Long number(GoField f, String name) {
      return f.number(name).isPresent() ? f.number(name).getAsLong() : null;
    }
  }

  private final Map<String, StructNode> structs;

  private CompiledSchema(GoSchema schema) {
    Map<String, StructNode> nodes = new LinkedHashMap<>();
    for (GoStruct s : schema.structs()) {
      nodes.put(s.name(), new StructNode(s.name()));
    }
    Map<GoType, TypeNode> types = new HashMap<>();
    for (GoStruct s : schema.structs()) {
      StructNode node = nodes.get(s.name());
      List<FieldNode> fields = new ArrayList<>();
      Map<String, FieldNode> byJson = new HashMap<>();
      List<FieldNode> required = new ArrayList<>();
      List<Boolean> relaxable = new ArrayList<>();
      for (GoField f : s.jsonFields()) {
        FieldNode field = new FieldNode(f, type(f.type(), nodes, types));
        fields.add(field);
        byJson.put(field.jsonName, field);
        if (field.required) {
          required.add(field);
          relaxable.add(s.name().equals(POD_SPEC) && field.jsonName.equals("containers"));
        }
      }
      node.fields = fields.toArray(FieldNode[]::new);
      node.byJson = Map.copyOf(byJson);
      node.required = required.toArray(FieldNode[]::new);
      node.requiredRelaxable = new boolean[relaxable.size()];
      for (int i = 0; i < relaxable.size(); i++) {
        node.requiredRelaxable[i] = relaxable.get(i);
      }
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

  /** A CRD default as the JSON value the API server writes. */
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
}
