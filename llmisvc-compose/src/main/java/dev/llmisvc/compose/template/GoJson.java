package dev.llmisvc.compose.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree the way Go's {@code encoding/json} writes the struct it describes: compact,
 * struct fields in Go declaration order, map keys sorted, {@code <>&} and U+2028/9 escaped as
 * {@code \}{@code u003c} etc. Records where every string (and map key) sits in the text, so a
 * template position can be traced back to the field it came from.
 *
 * <p>Quantities are written in canonical form ({@code 1024Mi} as {@code "1Gi"}, {@code 2} as {@code
 * "2"}), as their Go {@code MarshalJSON} does. It writes what the tree holds: fields Go would add
 * at their zero value (non-omitempty fields) are not added, {@code null}s are dropped, and keys the
 * Go type does not declare (Go would drop them) are kept, after the declared ones, in input order.
 */
final class GoJson {
  /** Keys written bare in field paths; anything else is quoted. Compiled once: it runs per key. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** A JSON string in the text: chars [start, end) between its quotes, and its field path. */
  record Span(int start, int end, String path) {}

  private final StringBuilder out = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();

  private GoJson() {}

  /** The text and its string spans for an object of Go type {@code root}. */
  static GoJson write(JsonNode node, Optional<GoStruct> root) {
    GoJson w = new GoJson();
    w.value(node, root.map(s -> (GoType) new GoType.Named(s.name())), "");
    return w;
  }

  /** Compact Go encoding of a schemaless value, keys in input order. */
  static String compact(JsonNode node) {
    GoJson w = new GoJson();
    w.value(node, Optional.empty(), "");
    return w.out.toString();
  }

  String text() {
    return out.toString();
  }

  List<Span> spans() {
    return spans;
  }

  private void value(JsonNode node, Optional<GoType> type, String path) {
    Optional<GoType> t = type.map(GoType::dereferenced);
    if (t.isPresent()
        && t.get() instanceof GoType.Special sp
        && sp.name().equals("Quantity")
        && (node.isTextual() || node.isNumber())) {
      // resource.Quantity marshals as its canonical string, whatever form it was written in
      String canonical;
      try {
        canonical = Quantity.parse(node.asText()).toString();
      } catch (IllegalArgumentException e) {
        canonical = node.asText(); // Go could not have decoded it; keep the text
      }
      string(canonical, path);
      return;
    }
    if (node.isObject()) {
      Optional<GoStruct> struct = t.flatMap(GoSchema.kserve()::structOf);
      if (struct.isPresent()) {
        writeStruct(node, struct.get(), path);
      } else if (t.isPresent() && t.get() instanceof GoType.MapOf m) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        keys.sort(GoData::compareGo);
        writeObject(node, keys, k -> Optional.of(m.element()), path, true);
      } else {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        writeObject(node, keys, k -> Optional.empty(), path, false);
      }
    } else if (node.isArray()) {
      Optional<GoType> elem =
          t.filter(GoType.Slice.class::isInstance).map(s -> ((GoType.Slice) s).element());
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(node.get(i), elem, path + "[" + i + "]");
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), path);
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isFloatingPointNumber()) {
      out.append(GoFormat.floatG(node.doubleValue()));
    } else {
      out.append(node.asText());
    }
  }

  private void writeStruct(JsonNode node, GoStruct struct, String path) {
    List<GoField> declared;
    try {
      declared = struct.jsonFields();
    } catch (IllegalStateException e) {
      // it embeds a struct whose table is not written yet: keep the JSON's own order
      List<String> own = new ArrayList<>();
      node.fieldNames().forEachRemaining(own::add);
      writeObject(node, own, k -> Optional.empty(), path, false);
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (GoField f : declared) {
      if (node.has(f.jsonName())) {
        keys.add(f.jsonName());
      }
    }
    node.fieldNames().forEachRemaining(keys::add);
    writeObject(node, new ArrayList<>(keys), k -> struct.field(k).map(GoField::type), path, false);
  }

  private void writeObject(
      JsonNode node,
      List<String> keys,
      java.util.function.Function<String, Optional<GoType>> typeOf,
      String path,
      boolean isMap) {
    out.append('{');
    boolean first = true;
    for (String k : keys) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      String childPath = child(path, k);
      string(k, isMap ? childPath + " (key)" : null);
      out.append(':');
      value(v, typeOf.apply(k), childPath);
    }
    out.append('}');
  }

  static String child(String path, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return path.isEmpty() ? key : path + "." + key;
    }
    return path + "[" + GoFormat.quote(key) + "]";
  }

  private void string(String s, String path) {
    out.append('"');
    int start = out.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)))) {
            out.append("\\ufffd");
          } else {
            out.append(c);
          }
        }
      }
    }
    if (path != null) {
      spans.add(new Span(start, out.length(), path));
    }
    out.append('"');
  }

  /** The field path of the string holding char offset {@code pos}, if any. */
  Optional<String> pathAt(int pos) {
    for (Span s : spans) {
      if (pos >= s.start() && pos <= s.end()) {
        return Optional.of(s.path());
      }
    }
    return Optional.empty();
  }
}
