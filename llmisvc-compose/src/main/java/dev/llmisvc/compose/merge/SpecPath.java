package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** The readable paths of {@link Provenance}: {@code template.containers[name=main].image}. */
final class SpecPath {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

  private SpecPath() {}

  static String child(String parent, String key) {
    String segment =
        PLAIN.matcher(key).matches()
            ? key
            : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    if (parent.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? parent + segment : parent + "." + segment;
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
