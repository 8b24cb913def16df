package dev.llmisvc.api.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of Go types behind {@code LLMInferenceService}: every struct reachable from the spec,
 * in both API versions, with the facts a JSON document does not carry (pointers, {@code omitempty},
 * Go names, patch merge keys, CRD constraints). See {@code FORMAT.md} beside the tables for the
 * syntax.
 *
 * <pre>{@code
 * GoStruct spec = GoSchema.kserve().spec("v1alpha2");
 * GoField replicas = spec.field("replicas").orElseThrow(); // *int32, omitempty, min=0
 * }</pre>
 */
public final class GoSchema {
  /** The bundled tables, in load order. */
  static final List<String> TABLES =
      List.of(
          "kserve-v1alpha2.types",
          "kserve-v1alpha1.types",
          "meta.types",
          "core.types",
          "gatewayapi.types",
          "gie.types",
          "keda.types",
          "autoscaling.types");

  private static final class Bundled {
    static final GoSchema INSTANCE = load(TABLES);
  }

  private final Map<String, GoStruct> structs;

  private GoSchema(Map<String, GoStruct> structs) {
    this.structs = Collections.unmodifiableMap(structs);
    structs.values().forEach(s -> s.link(this));
    // Every index is built here, before the schema is published (the structs are reachable only
    // through the final map, and the bundled schema through class initialisation), so readers on
    // any thread see them complete without a lock.
    structs.values().forEach(GoStruct::index);
  }

  /** The tables bundled with this library (KServe main at aaac4e2, k8s.io/api v0.34). */
  public static GoSchema kserve() {
    return Bundled.INSTANCE;
  }

  /** The root spec struct of an API version ({@code v1alpha1} or {@code v1alpha2}). */
  public GoStruct spec(String version) {
    return struct(version + ".LLMInferenceServiceSpec")
        .orElseThrow(() -> new IllegalArgumentException("no API version " + version));
  }

  /** A struct by its qualified name. */
  public Optional<GoStruct> struct(String name) {
    return Optional.ofNullable(structs.get(name));
  }

  /** The struct a type denotes once pointers are removed, if it is a struct of the table. */
  public Optional<GoStruct> structOf(GoType type) {
    return type.dereferenced() instanceof GoType.Named n ? struct(n.name()) : Optional.empty();
  }

  /** Every struct of the table. */
  public Collection<GoStruct> structs() {
    return structs.values();
  }

  static GoSchema load(List<String> tables) {
    Map<String, GoStruct> all = new LinkedHashMap<>();
    for (String table : tables) {
      String resource = "/dev/llmisvc/api/schema/" + table;
      try (InputStream in = GoSchema.class.getResourceAsStream(resource)) {
        if (in == null) {
          // Without its table a type would silently merge as "replace whole" and skip its
          // checks: a broken jar must fail loudly, at first use, not give different answers.
          throw new IllegalStateException(
              "bundled Go type table " + resource + " is missing from the class path");
        }
        parse(table, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), all);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new GoSchema(all);
  }

  static void parse(String table, BufferedReader reader, Map<String, GoStruct> into)
      throws IOException {
    String current = null;
    List<GoField> fields = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String text = stripComment(line);
      if (text.isBlank()) {
        continue;
      }
      String[] tokens = text.trim().split("\\s+");
      if (!Character.isWhitespace(text.charAt(0))) {
        if (!tokens[0].equals("type") || tokens.length != 2) {
          throw new IllegalStateException(table + ":" + number + ": expected 'type <Name>'");
        }
        if (current != null) {
          put(into, table, new GoStruct(current, fields));
        }
        current = tokens[1];
        fields = new ArrayList<>();
        continue;
      }
      if (current == null || tokens.length < 3) {
        throw new IllegalStateException(
            table + ":" + number + ": expected '<json> <GoName> <type> [flags]' inside a type");
      }
      fields.add(field(table + ":" + number, tokens));
    }
    if (current != null) {
      put(into, table, new GoStruct(current, fields));
    }
  }

  private static void put(Map<String, GoStruct> into, String table, GoStruct struct) {
    if (into.putIfAbsent(struct.name(), struct) != null) {
      throw new IllegalStateException(table + ": type " + struct.name() + " declared twice");
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    if (hash == 0 || (hash > 0 && line.substring(0, hash).isBlank())) {
      return "";
    }
    int tail = line.indexOf("  #");
    return tail >= 0 ? line.substring(0, tail) : line;
  }

  /** The marker flags a field line may carry. */
  private static final java.util.Set<String> MARKERS =
      java.util.Set.of("mergeKey", "strategy", "listType", "listMapKey");

  /** Flags of the old tables that are CRD constraints, refused with a pointer to the generator. */
  private static final java.util.Set<String> CRD_FLAGS =
      java.util.Set.of(
          "req",
          "min",
          "max",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "minProperties",
          "maxProperties",
          "pattern",
          "enum",
          "default",
          "valueMaxLength",
          "valuePattern",
          "podSpecRequiresContainers",
          "schemaless");

  private static GoField field(String where, String[] t) {
    boolean oe = false;
    boolean oz = false;
    boolean inline = false;
    boolean embedded = false;
    Map<String, String> constraints = new LinkedHashMap<>();
    for (int i = 3; i < t.length; i++) {
      String flag = t[i];
      switch (flag) {
        case "oe" -> oe = true;
        case "oz" -> oz = true;
        case "inline" -> inline = true;
        case "embedded" -> embedded = true;
        default -> {
          int eq = flag.indexOf('=');
          if (eq <= 0 || !MARKERS.contains(flag.substring(0, eq))) {
            throw new IllegalStateException(
                where
                    + ": unknown flag "
                    + flag
                    + (CRD_FLAGS.contains(eq <= 0 ? flag : flag.substring(0, eq))
                        ? " (CRD constraints live in crd-constraints.json, generated from the CRDs)"
                        : ""));
          }
          String value = flag.substring(eq + 1);
          constraints.put(flag.substring(0, eq), value.equals("\"\"") ? "" : value);
        }
      }
    }
    try {
      return new GoField(t[0], t[1], GoType.parse(t[2]), oe, oz, inline, embedded, constraints);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }
}
