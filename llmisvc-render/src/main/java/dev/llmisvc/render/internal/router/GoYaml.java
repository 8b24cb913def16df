package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a JSON tree the way Go's {@code sigs.k8s.io/yaml.Marshal} does, which KServe uses to
 * re-serialize a migrated scheduler config: map keys sorted, block style, list items at the
 * indentation of their key, integral numbers without a fraction.
 *
 * <p>Scalars are plain when they read back as the same string; a string a YAML reader would take
 * for a number, boolean or null is double-quoted, any other unsafe one single-quoted, and a
 * multi-line one a literal block. It does not reproduce go-yaml's line folding of long strings
 * (go-yaml breaks plain scalars longer than 80 columns), so long texts may differ in layout but not
 * in value.
 */
final class GoYaml {
  private static final ObjectMapper READ_BACK = new ObjectMapper(new YAMLFactory());

  private GoYaml() {}

  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    if (node.isObject() && node.size() > 0) {
      writeObject(node, 0, out);
    } else if (node.isArray() && node.size() > 0) {
      writeArray(node, 0, out);
    } else {
      out.append(scalar(node, 0)).append('\n');
    }
    return out.toString();
  }

  private static void writeObject(JsonNode node, int indent, StringBuilder out) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    keys.sort(null);
    boolean first = true;
    for (String key : keys) {
      if (!first) {
        pad(out, indent);
      }
      first = false;
      JsonNode value = node.get(key);
      out.append(string(key, indent)).append(':');
      if (value.isObject() && value.size() > 0) {
        out.append('\n');
        pad(out, indent + 2);
        writeObject(value, indent + 2, out);
      } else if (value.isArray() && value.size() > 0) {
        out.append('\n');
        pad(out, indent);
        writeArray(value, indent, out);
      } else {
        out.append(' ').append(scalar(value, indent + 2)).append('\n');
      }
    }
  }

  private static void writeArray(JsonNode node, int indent, StringBuilder out) {
    boolean first = true;
    for (JsonNode item : node) {
      if (!first) {
        pad(out, indent);
      }
      first = false;
      out.append("- ");
      if (item.isObject() && item.size() > 0) {
        writeObject(item, indent + 2, out);
      } else if (item.isArray() && item.size() > 0) {
        writeArray(item, indent + 2, out);
      } else {
        out.append(scalar(item, indent + 2)).append('\n');
      }
    }
  }

  private static String scalar(JsonNode node, int indent) {
    if (node.isObject()) {
      return "{}";
    }
    if (node.isArray()) {
      return "[]";
    }
    if (node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      double d = node.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
        return Long.toString((long) d);
      }
      return Double.toString(d).replace("E", "e+").replace("e+-", "e-");
    }
    return string(node.asText(), indent);
  }

  private static String string(String s, int indent) {
    if (s.contains("\n")) {
      StringBuilder b = new StringBuilder(s.endsWith("\n") ? "|" : "|-");
      String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
      for (String line : body.split("\n", -1)) {
        b.append('\n');
        if (!line.isEmpty()) {
          b.append(" ".repeat(indent)).append(line);
        }
      }
      return b.toString();
    }
    if (!s.isEmpty() && readsBackAs(s)) {
      return s;
    }
    if (s.isEmpty() || resolvesToOtherType(s)) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    return "'" + s.replace("'", "''") + "'";
  }

  private static boolean readsBackAs(String s) {
    if (s.startsWith(" ") || s.endsWith(" ") || s.contains(": ") || s.contains(" #")) {
      return false;
    }
    char c = s.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0
        && !(c == '-' && s.length() > 1 && s.charAt(1) != ' ')) {
      return false;
    }
    try {
      JsonNode back = READ_BACK.readTree(s);
      return back != null && back.isTextual() && back.textValue().equals(s);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean resolvesToOtherType(String s) {
    try {
      // Only a scalar of another type (number, boolean, null) counts; "x: y" reading as a map is
      // a syntax matter, which go-yaml settles with single quotes.
      JsonNode back = READ_BACK.readTree(s);
      return back == null || back.isNull() || back.isNumber() || back.isBoolean();
    } catch (IOException e) {
      return false;
    }
  }

  private static void pad(StringBuilder out, int indent) {
    out.append(" ".repeat(indent));
  }
}
