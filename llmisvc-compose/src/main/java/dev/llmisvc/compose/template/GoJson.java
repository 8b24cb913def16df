package dev.llmisvc.compose.template;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * The JSON fields of each struct, in the order {@link GoStruct#jsonFields()} gives them (it
   * copies the list on every call). Structs whose fields cannot be listed are not cached.
   */
  private static final Map<GoStruct, Layout> FIELDS = new ConcurrentHashMap<>();

  /** A struct's JSON fields in order, and the position of each by JSON name. */
  private record Layout(List<GoField> fields, Map<String, Integer> index) {
    static Layout of(List<GoField> fields) {
      Map<String, Integer> index = new java.util.HashMap<>();
      for (int i = 0; i < fields.size(); i++) {
        index.putIfAbsent(fields.get(i).jsonName(), i);
      }
      return new Layout(fields, index);
    }
  }

  /**
   * Where a value sits, as a chain to the root: turned into a field path only when an error asks
   * for one ({@link Text#pathAt}), so rendering builds no path strings.
   */
  static final class Where {
    static final Where ROOT = new Where(null, null, -1, false);

    private final Where parent;
    private final String key;
    private final int index;
    private final boolean mapKey;

    private Where(Where parent, String key, int index, boolean mapKey) {
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.mapKey = mapKey;
    }

    String path() {
      if (parent == null) {
        return "";
      }
      String p = parent.path();
      if (mapKey) {
        return p + " (key)";
      }
      return key != null ? child(p, key) : p + "[" + index + "]";
    }
  }

  /**
   * Where the walk's output goes: Go's JSON text ({@link Text}), or the tree Jackson would read
   * back from that text (the string-by-string path of {@link ConfigTemplate}).
   */
  abstract static class Sink {
    abstract void beginObject();

    abstract void endObject();

    abstract void beginArray();

    abstract void endArray();

    /**
     * A member's key; {@code where} is the key's own place when it is a map key, else null; {@code
     * goField}: the key is a Go struct field's JSON name, an ASCII identifier.
     */
    abstract void key(String key, Where where, boolean goField);

    abstract void string(String value, Where where);

    /** A number, a boolean or {@code null}, written as Go writes it. */
    abstract void literal(String text);
  }

  private final Sink out;

  /** Whether the sink records where strings sit; if not, no {@link Where} is built. */
  private final boolean places;

  private GoJson(Sink out) {
    this.out = out;
    this.places = out instanceof Text;
  }

  /** The text and its string spans for an object of Go type {@code root}. */
  static Text write(JsonNode node, Optional<GoStruct> root) {
    Text text = new Text();
    walk(node, root, text);
    return text;
  }

  /** Walks {@code node} as a value of Go type {@code root} into {@code sink}. */
  static void walk(JsonNode node, Optional<GoStruct> root, Sink sink) {
    new GoJson(sink)
        .value(node, root.map(s -> (GoType) new GoType.Named(s.name())).orElse(null), Where.ROOT);
  }

  /** Compact Go encoding of a schemaless value, keys in input order. */
  static String compact(JsonNode node) {
    Text text = new Text();
    new GoJson(text).value(node, null, Where.ROOT);
    return text.text();
  }

  /** {@code type} is null when unknown. */
  private void value(JsonNode node, GoType type, Where path) {
    GoType t = type == null ? null : type.dereferenced();
    if (t instanceof GoType.Special sp
        && sp.name().equals("Quantity")
        && (node.isTextual() || node.isNumber())) {
      // resource.Quantity marshals as its canonical string, whatever form it was written in
      out.string(canonicalQuantity(node.asText()), path);
      return;
    }
    if (node.isObject()) {
      GoStruct struct = t == null ? null : GoSchema.kserve().structOf(t).orElse(null);
      if (struct != null) {
        writeStruct(node, struct, path);
      } else if (t instanceof GoType.MapOf m) {
        List<String> keys = new ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(keys::add);
        keys.sort(GoData::compareGo);
        out.beginObject();
        for (String k : keys) {
          member(node.get(k), k, m.element(), path, true, false);
        }
        out.endObject();
      } else {
        writeUntyped(node, path);
      }
    } else if (node.isArray()) {
      GoType elem = t instanceof GoType.Slice s ? s.element() : null;
      out.beginArray();
      for (int i = 0; i < node.size(); i++) {
        value(node.get(i), elem, places ? new Where(path, null, i, false) : path);
      }
      out.endArray();
    } else if (node.isTextual()) {
      out.string(node.textValue(), path);
    } else if (node.isNull() || node.isMissingNode()) {
      out.literal("null");
    } else if (node.isFloatingPointNumber()) {
      out.literal(GoFormat.floatJson(node.doubleValue()));
    } else {
      out.literal(node.asText());
    }
  }

  /** Canonical forms already worked out; a fleet writes the same few quantities over and over. */
  private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

  /**
   * The text Go writes for a quantity given as {@code text}; the text itself if Go cannot read it.
   */
  static String canonicalQuantity(String text) {
    String canonical = CANONICAL.get(text);
    if (canonical == null) {
      try {
        canonical = Quantity.parse(text).toString();
      } catch (IllegalArgumentException e) {
        canonical = text; // Go could not have decoded it; keep the text
      }
      if (CANONICAL.size() >= 4096) {
        CANONICAL.clear();
      }
      CANONICAL.put(text, canonical);
    }
    return canonical;
  }

  /** An object with no type: its keys in input order, nothing known about its values. */
  private void writeUntyped(JsonNode node, Where path) {
    out.beginObject();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      member(e.getValue(), e.getKey(), null, path, false, false);
    }
    out.endObject();
  }

  /** Declared fields in declaration order, then the keys the struct does not declare. */
  private void writeStruct(JsonNode node, GoStruct struct, Where path) {
    Layout layout = FIELDS.get(struct);
    if (layout == null) {
      try {
        layout = Layout.of(struct.jsonFields());
      } catch (IllegalStateException e) {
        // it embeds a struct whose table is not written yet: keep the JSON's own order
        writeUntyped(node, path);
        return;
      }
      FIELDS.put(struct, layout);
    }
    List<GoField> declared = layout.fields();
    int size = node.size();
    if (size * 4 < declared.size()) {
      writeSparse(node, layout, path);
      return;
    }
    out.beginObject();
    int seen = 0;
    for (GoField f : declared) {
      JsonNode v = node.get(f.jsonName());
      if (v != null) {
        seen++;
        member(v, f.jsonName(), f.type(), path, false, true);
      }
    }
    if (seen < size) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!layout.index().containsKey(e.getKey())) {
          member(e.getValue(), e.getKey(), null, path, false, false);
        }
      }
    }
    out.endObject();
  }

  /**
   * {@link #writeStruct} for an object holding few of its struct's many fields (a pod spec with
   * three of its forty): the object's keys put in declaration order, rather than a lookup for every
   * declared field. Same text.
   */
  private void writeSparse(JsonNode node, Layout layout, Where path) {
    int size = node.size();
    int[] known = new int[size];
    int count = 0;
    boolean unknown = false;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      Integer i = layout.index().get(it.next());
      if (i == null) {
        unknown = true;
      } else {
        known[count++] = i;
      }
    }
    java.util.Arrays.sort(known, 0, count);
    out.beginObject();
    for (int k = 0; k < count; k++) {
      GoField f = layout.fields().get(known[k]);
      member(node.get(f.jsonName()), f.jsonName(), f.type(), path, false, true);
    }
    if (unknown) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!layout.index().containsKey(e.getKey())) {
          member(e.getValue(), e.getKey(), null, path, false, false);
        }
      }
    }
    out.endObject();
  }

  /**
   * Writes {@code "k":v} unless {@code v} is null; the sink places the commas. {@code goField}: the
   * key is a Go struct field's JSON name (an ASCII identifier), not a key the user wrote.
   */
  private void member(
      JsonNode v, String k, GoType type, Where path, boolean isMap, boolean goField) {
    if (v == null || v.isNull()) {
      return;
    }
    Where childPath = places ? new Where(path, k, -1, false) : path;
    out.key(k, isMap && places ? new Where(childPath, null, -1, true) : null, goField);
    value(v, type, childPath);
  }

  static String child(String path, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return path.isEmpty() ? key : path + "." + key;
    }
    return path + "[" + GoQuote.quote(key) + "]";
  }

  /** Go's JSON text, with where each string sits in it. */
  static final class Text extends Sink {
    private final StringBuilder out = new StringBuilder(8192);

    /** For every string in the text: chars [start, end) between its quotes, and where it sits. */
    private int[] starts = new int[64];

    private int[] ends = new int[64];
    private Where[] wheres = new Where[64];
    private int spans;

    /** Whether the next value follows another in the same container (needs a comma). */
    private boolean comma;

    String text() {
      return out.toString();
    }

    private void separate() {
      if (comma) {
        out.append(',');
      }
    }

    @Override
    void beginObject() {
      separate();
      out.append('{');
      comma = false;
    }

    @Override
    void endObject() {
      out.append('}');
      comma = true;
    }

    @Override
    void beginArray() {
      separate();
      out.append('[');
      comma = false;
    }

    @Override
    void endArray() {
      out.append(']');
      comma = true;
    }

    @Override
    void key(String key, Where where, boolean goField) {
      string(key, where);
      out.append(':');
      comma = false;
    }

    @Override
    void literal(String text) {
      separate();
      out.append(text);
      comma = true;
    }

    @Override
    void string(String s, Where path) {
      separate();
      out.append('"');
      int start = out.length();
      escape(s, out);
      if (path != null) {
        if (spans == starts.length) {
          starts = java.util.Arrays.copyOf(starts, spans * 2);
          ends = java.util.Arrays.copyOf(ends, spans * 2);
          wheres = java.util.Arrays.copyOf(wheres, spans * 2);
        }
        starts[spans] = start;
        ends[spans] = out.length();
        wheres[spans] = path;
        spans++;
      }
      out.append('"');
      comma = true;
    }

    /** The field path of the string holding char offset {@code pos}, if any. */
    Optional<String> pathAt(int pos) {
      for (int i = 0; i < spans; i++) {
        if (pos >= starts[i] && pos <= ends[i]) {
          return Optional.of(wheres[i].path());
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Appends {@code s} as Go writes it between the quotes of a JSON string: {@code "\\}, control
   * characters, {@code <>&}, U+2028/9 escaped, a lone surrogate as U+FFFD.
   */
  static void escape(String s, StringBuilder out) {
    int n = s.length();
    int i = 0;
    while (i < n && plain(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      out.append(s); // one copy; append(s, 0, i) copies char by char
      return;
    }
    out.append(s, 0, i);
    for (; i < n; i++) {
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
  }

  /**
   * A char {@link #escape} copies as it is: not a quote, backslash, control char, {@code <>&},
   * U+2028/9 or surrogate (those take the careful path).
   */
  private static boolean plain(char c) {
    if (c < 0x80) {
      return PLAIN_ASCII[c];
    }
    return c != '\u2028' && c != '\u2029' && c < 0xD800;
  }

  private static final boolean[] PLAIN_ASCII = new boolean[0x80];

  static {
    for (char c = 0x20; c < 0x80; c++) {
      PLAIN_ASCII[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
    }
  }
}
