package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The readable paths of {@link Provenance}: {@code template.containers[name=main].image}. */
final class SpecPath {
  private SpecPath() {}

  /**
   * Paths made before, by parent path and key (or merge key and key value): the same path comes
   * back as the same String, whose hash is then computed once, not by every map it goes into
   * (hashing fresh path strings was a third of a leaf walk). Keys are looked up by their own cached
   * hashes and parents by identity-first equals, so a hit costs two map reads. Bounded: past {@link
   * #CAPACITY} paths the cache starts over, so it follows the specs in use and never holds more
   * than that. Only an optimisation: a path is the same text cached or not.
   */
  private static final ConcurrentHashMap<String, ConcurrentHashMap<Object, String>> MADE =
      new ConcurrentHashMap<>();

  private static final int CAPACITY = 20_000;
  private static final AtomicInteger SIZE = new AtomicInteger();

  private static String cached(String parent, Object key) {
    ConcurrentHashMap<Object, String> children = MADE.get(parent);
    return children == null ? null : children.get(key);
  }

  private static String remember(String parent, Object key, String path) {
    if (SIZE.incrementAndGet() > CAPACITY) {
      MADE.clear();
      SIZE.set(0);
      return path;
    }
    String raced =
        MADE.computeIfAbsent(parent, p -> new ConcurrentHashMap<>()).putIfAbsent(key, path);
    return raced == null ? path : raced;
  }

  /** A merge key and the text of a key value: {@code name=main}, as an item's cache key. */
  private record ItemKey(String mergeKey, String value) {}

  static String child(String parent, String key) {
    String made = cached(parent, key);
    return made != null ? made : remember(parent, key, build(parent, key));
  }

  /**
   * The paths made below {@code parent}, for a walk that asks for several children of one parent
   * ({@link #child(Below, String)}, {@link #item(Below, String, JsonNode)}): one lookup of the
   * parent instead of one per child.
   */
  static Below below(String parent) {
    return new Below(parent, MADE.get(parent));
  }

  /** The children of one parent path; see {@link #below}. */
  static final class Below {
    private final String parent;
    private final ConcurrentHashMap<Object, String> made;

    private Below(String parent, ConcurrentHashMap<Object, String> made) {
      this.parent = parent;
      this.made = made;
    }

    private String get(Object key) {
      return made == null ? null : made.get(key);
    }
  }

  /** {@code child(below.parent, key)}. */
  static String child(Below below, String key) {
    String made = below.get(key);
    return made != null ? made : remember(below.parent, key, build(below.parent, key));
  }

  /** {@code item(below.parent, mergeKey, keyValue)}. */
  static String item(Below below, String mergeKey, JsonNode keyValue) {
    String value = keyValue.isValueNode() ? keyValue.asText() : keyValue.toString();
    ItemKey key = new ItemKey(mergeKey, value);
    String made = below.get(key);
    return made != null
        ? made
        : remember(below.parent, key, below.parent + "[" + mergeKey + "=" + value + "]");
  }

  private static String build(String parent, String key) {
    if (isPlain(key)) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** A key that reads unambiguously after a dot: {@code [A-Za-z_$][A-Za-z0-9_$-]*}. */
  static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
      boolean digit = (c >= '0' && c <= '9') || c == '-';
      if (!letter && !(i > 0 && digit)) {
        return false;
      }
    }
    return true;
  }

  static String item(String list, String mergeKey, JsonNode keyValue) {
    String value = keyValue.isValueNode() ? keyValue.asText() : keyValue.toString();
    ItemKey key = new ItemKey(mergeKey, value);
    String made = cached(list, key);
    return made != null ? made : remember(list, key, list + "[" + mergeKey + "=" + value + "]");
  }

  static String index(String list, int index) {
    return list + "[" + index + "]";
  }

  static boolean isAtOrBelow(String path, String prefix) {
    if (prefix.isEmpty() || path.equals(prefix)) {
      return true;
    }
    return path.startsWith(prefix)
        && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
  }

  static String display(String path) {
    return path.isEmpty() ? "spec" : path;
  }
}
