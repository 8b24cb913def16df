package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;

/** The readable paths of {@link Provenance}: {@code template.containers[name=main].image}. */
final class SpecPath {
  private SpecPath() {}

  static String child(String parent, String key) {
    if (isPlain(key)) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** A key that reads unambiguously after a dot: {@code [A-Za-z_$][A-Za-z0-9_$-]*}. */
  private static boolean isPlain(String key) {
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
    return list
        + "["
        + mergeKey
        + "="
        + (keyValue.isValueNode() ? keyValue.asText() : keyValue)
        + "]";
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
