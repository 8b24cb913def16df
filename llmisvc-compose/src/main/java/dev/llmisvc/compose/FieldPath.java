package dev.llmisvc.compose;

import dev.llmisvc.compose.merge.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A path to a value of a spec, relative to {@code spec}, in the one spelling the library uses for
 * origins, diagnostics and {@code llmisvc explain}: keys joined by dots, list items that merge by a
 * key written {@code [key=value]}, other list items by index, and keys that are not plain
 * identifiers quoted: {@code template.containers[name=main].image}, {@code
 * template.containers[name=main].ports[containerPort=8000].name}, {@code
 * router.route.http.spec.rules[0]}, {@code labels["app.kubernetes.io/name"]}.
 *
 * <pre>{@code
 * FieldPath image = FieldPath.parse("template.containers[name=main].image");
 * FieldPath same = FieldPath.root().child("template").child("containers")
 *     .item("name", "main").child("image");
 * composition.origin(image);
 * }</pre>
 *
 * <p>Two paths are equal when they are spelt the same; {@link #parse} accepts only the canonical
 * spelling, so a path read back from {@link #toString()} is equal to the one written.
 */
public final class FieldPath implements Comparable<FieldPath> {
  private static final FieldPath ROOT = new FieldPath("");
  private final String text;

  private FieldPath(String text) {
    this.text = text;
  }

  /**
   * The empty path: the spec itself.
   *
   * @return the root
   */
  public static FieldPath root() {
    return ROOT;
  }

  /**
   * Reads a path in the canonical spelling.
   *
   * @param text e.g. {@code template.containers[name=main].image}; empty for the root
   * @return the path
   * @throws IllegalArgumentException when {@code text} is not a path in that spelling, naming the
   *     offset of the first character that is not
   */
  public static FieldPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    List<Segment> segments = new Reader(text).segments();
    FieldPath path = ROOT;
    for (Segment s : segments) {
      path = s.appendTo(path);
    }
    if (!path.text.equals(text)) {
      throw new IllegalArgumentException(
          "not a canonical field path: \"" + text + "\" (canonical: \"" + path.text + "\")");
    }
    return path;
  }

  /**
   * Wraps a path the library spelt itself; not checked.
   *
   * @param text a canonical path
   * @return the path
   */
  static FieldPath ofCanonical(String text) {
    return text.isEmpty() ? ROOT : new FieldPath(text);
  }

  /**
   * The path of a map key or struct field below this one.
   *
   * @param key the key
   * @return the longer path
   */
  public FieldPath child(String key) {
    if (isPlain(key)) {
      return new FieldPath(text.isEmpty() ? key : text + "." + key);
    }
    return new FieldPath(text + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]");
  }

  /**
   * The path of the list item whose merge key has a value.
   *
   * @param mergeKey e.g. {@code name}
   * @param value e.g. {@code main}
   * @return the longer path
   */
  public FieldPath item(String mergeKey, String value) {
    return new FieldPath(text + "[" + mergeKey + "=" + value + "]");
  }

  /**
   * The path of a list item by position.
   *
   * @param index zero-based
   * @return the longer path
   */
  public FieldPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative list index " + index);
    }
    return new FieldPath(text + "[" + index + "]");
  }

  /**
   * Whether this path is {@code prefix} or lies below it.
   *
   * @param prefix another path
   * @return true when {@code prefix} is an ancestor or equal
   */
  public boolean isAtOrBelow(FieldPath prefix) {
    String p = prefix.text;
    if (p.isEmpty() || text.equals(p)) {
      return true;
    }
    return text.startsWith(p) && (text.charAt(p.length()) == '.' || text.charAt(p.length()) == '[');
  }

  /**
   * Whether this is the root.
   *
   * @return true for the empty path
   */
  public boolean isRoot() {
    return text.isEmpty();
  }

  /**
   * The path with the resource's {@code spec.} in front, as users read it in messages.
   *
   * @return e.g. {@code spec.template.containers[name=main].image}, or {@code spec} for the root
   */
  public String inResource() {
    if (text.isEmpty()) {
      return "spec";
    }
    return text.startsWith("[") ? "spec" + text : "spec." + text;
  }

  /**
   * The canonical spelling.
   *
   * @return e.g. {@code template.containers[name=main].image}; empty for the root
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public int compareTo(FieldPath o) {
    return text.compareTo(o.text);
  }

  /** A key that reads unambiguously after a dot, as provenance paths spell it. */
  static boolean isPlain(String key) {
    return Provenance.isPlainKey(key);
  }

  private sealed interface Segment {
    FieldPath appendTo(FieldPath p);
  }

  private record Key(String key) implements Segment {
    @Override
    public FieldPath appendTo(FieldPath p) {
      return p.child(key);
    }
  }

  private record Item(String mergeKey, String value) implements Segment {
    @Override
    public FieldPath appendTo(FieldPath p) {
      return p.item(mergeKey, value);
    }
  }

  private record Index(int index) implements Segment {
    @Override
    public FieldPath appendTo(FieldPath p) {
      return p.index(index);
    }
  }

  /** A small recursive-descent reader of the canonical spelling. */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    List<Segment> segments() {
      List<Segment> out = new ArrayList<>();
      if (s.charAt(0) != '[') {
        out.add(new Key(plainKey()));
      }
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '.') {
          i++;
          out.add(new Key(plainKey()));
        } else if (c == '[') {
          i++;
          out.add(bracket());
        } else {
          throw error("'.' or '['");
        }
      }
      return out;
    }

    private String plainKey() {
      int start = i;
      while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
        i++;
      }
      String key = s.substring(start, i);
      if (!isPlain(key)) {
        i = start;
        throw error("a key of letters, digits, '_', '$' or '-' (quote others: [\"key\"])");
      }
      return key;
    }

    private Segment bracket() {
      if (i < s.length() && s.charAt(i) == '"') {
        i++;
        StringBuilder key = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
          char c = s.charAt(i++);
          if (c == '\\' && i < s.length()) {
            c = s.charAt(i++);
          }
          key.append(c);
        }
        expect('"');
        expect(']');
        return new Key(key.toString());
      }
      int close = s.indexOf(']', i);
      if (close < 0) {
        throw error("']'");
      }
      String inner = s.substring(i, close);
      int eq = inner.indexOf('=');
      Segment seg;
      if (eq > 0) {
        seg = new Item(inner.substring(0, eq), inner.substring(eq + 1));
      } else {
        Optional<Integer> index = digits(inner);
        if (index.isEmpty()) {
          throw error("an index, key=value or a quoted key");
        }
        seg = new Index(index.get());
      }
      i = close + 1;
      return seg;
    }

    private static Optional<Integer> digits(String t) {
      if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(t));
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw error("'" + c + "'");
      }
      i++;
    }

    private IllegalArgumentException error(String expected) {
      return new IllegalArgumentException(
          "field path \"" + s + "\": expected " + expected + " at offset " + i);
    }
  }
}
