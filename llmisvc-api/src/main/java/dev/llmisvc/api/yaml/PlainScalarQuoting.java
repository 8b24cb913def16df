package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Quotes a string value whenever writing it plain would read back as something else. Jackson's
 * default check misses YAML 1.1 forms such as {@code 0E0}, {@code 5e9} or {@code 1_000}, which a
 * reader turns into numbers.
 *
 * <p>The answer is the one a read-back gives (write the string plain, read it with Jackson's YAML
 * reader, keep it plain only if the same string comes back), but found character by character,
 * without a parser: a one-line string of printable characters is scanned the way SnakeYAML's
 * scanner reads a plain scalar at the start of a document, and its type is resolved with the same
 * YAML 1.1 {@link Resolver} and the same number decoding Jackson's reader uses. Only strings with
 * line breaks, tabs, control characters, a byte-order mark or surrogates (which the writer rarely
 * or never asks about) and strings of more than a million characters are still read back. The unit
 * tests check the two answers agree.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainScalarQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  /**
   * Longer strings are read back: the reader refuses texts beyond its limits (3 MiB of code points
   * by default), and a refusal means quoting.
   */
  private static final int LONGEST_FAST = 1 << 20;

  /** The resolver Jackson's YAML reader creates for each parser; read-only after construction. */
  private static final Resolver RESOLVER = new Resolver();

  @Override
  public boolean needToQuoteValue(String value) {
    if (super.needToQuoteValue(value)) {
      return true;
    }
    if (value.length() > LONGEST_FAST || !oneLineOfPrintables(value)) {
      return ReadBack.needToQuote(value);
    }
    if (!readsAsItself(value)) {
      return true;
    }
    Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
    if (tag.equals(Tag.STR)) {
      return false;
    }
    if (tag.equals(Tag.INT)) {
      return !intReadsAsString(value);
    }
    if (tag.equals(Tag.BOOL)) {
      return isYamlBoolean(value);
    }
    // null and float are not strings; timestamps, merge keys and the rest are read as strings
    return tag.equals(Tag.NULL) || tag.equals(Tag.FLOAT);
  }

  /**
   * Whether every character is one the fast path understands: printable for YAML, and neither a
   * line break, a tab, a byte-order mark nor half of a surrogate pair.
   */
  private static boolean oneLineOfPrintables(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        continue;
      }
      boolean plainUnicode =
          (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
              || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
      if (!plainUnicode) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a one-line string that Jackson's default check accepted (no flow indicators, no {@code
   * ": "}, no {@code " #"}, not empty) is read as one plain scalar holding exactly the string: it
   * must not start with an indicator, a directive, a document marker, a block entry or a complex
   * key, and must not start or end with a space.
   */
  private static boolean readsAsItself(String value) {
    int n = value.length();
    char first = value.charAt(0);
    if (first == ' ' || value.charAt(n - 1) == ' ') {
      return false;
    }
    boolean blankAfterFirst = n == 1 || value.charAt(1) == ' ';
    switch (first) {
      case '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
        return false;
      case '-':
        return !blankAfterFirst && !documentMarker(value, '-');
      case '?', ':':
        return !blankAfterFirst;
      case '.':
        return !documentMarker(value, '.');
      default:
        return true;
    }
  }

  /** {@code ---} or {@code ...} on its own or followed by a space. */
  private static boolean documentMarker(String value, char c) {
    return value.length() >= 3
        && value.charAt(1) == c
        && value.charAt(2) == c
        && (value.length() == 3 || value.charAt(3) == ' ');
  }

  /**
   * Jackson reads a scalar the resolver calls an int as a string only when, after an optional sign,
   * it does not start with {@code 0} and holds something other than digits and underscores (a
   * sexagesimal {@code 1:20}); every other int is a number or fails to read.
   */
  private static boolean intReadsAsString(String value) {
    int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
    if (i >= value.length() || value.charAt(i) == '0') {
      return false;
    }
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < '0' || c > '9') && c != '_') {
        return true;
      }
    }
    return false;
  }

  /** The words Jackson's YAML reader turns into booleans (its YAML 1.1 default). */
  private static boolean isYamlBoolean(String value) {
    return switch (value.length()) {
      case 1 -> "yYnN".indexOf(value.charAt(0)) >= 0;
      case 2 -> value.equalsIgnoreCase("no") || value.equalsIgnoreCase("on");
      case 3 -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("off");
      case 4 -> value.equalsIgnoreCase("true");
      case 5 -> value.equalsIgnoreCase("false");
      default -> false;
    };
  }

  /** The reference answer: read the string back; used only for strings the fast path leaves. */
  static final class ReadBack {
    private static final ObjectMapper READ_BACK = new ObjectMapper(new YAMLFactory());

    private ReadBack() {}

    static boolean needToQuote(String value) {
      try {
        JsonNode back = READ_BACK.readTree(value);
        return back == null || !back.isTextual() || !back.textValue().equals(value);
      } catch (IOException | RuntimeException e) {
        return true;
      }
    }
  }
}
