package dev.llmisvc.compose.template;

import java.math.BigInteger;

/** Go's {@code strconv} literal rules the template parser relies on. */
final class GoStrings {
  private GoStrings() {}

  /** {@code strconv.Unquote} for double-quoted and raw (backtick) strings. */
  static String unquote(String s) {
    if (s.length() < 2) {
      throw new IllegalArgumentException("invalid syntax");
    }
    char q = s.charAt(0);
    if (q == '`') {
      if (s.charAt(s.length() - 1) != '`') {
        throw new IllegalArgumentException("invalid syntax");
      }
      return s.substring(1, s.length() - 1).replace("\r", "");
    }
    if (q != '"' || s.charAt(s.length() - 1) != '"') {
      throw new IllegalArgumentException("invalid syntax");
    }
    StringBuilder out = new StringBuilder();
    int[] i = {1};
    int end = s.length() - 1;
    while (i[0] < end) {
      char c = s.charAt(i[0]);
      if (c == '"' || c == '\n') {
        throw new IllegalArgumentException("invalid syntax");
      }
      if (c != '\\') {
        out.append(c);
        i[0]++;
        continue;
      }
      out.appendCodePoint(escape(s, i, end, '"'));
    }
    return out.toString();
  }

  /** The rune of a character constant such as {@code 'a'} or {@code '\n'}. */
  static int unquoteChar(String s) {
    if (s.length() < 3 || s.charAt(0) != '\'' || s.charAt(s.length() - 1) != '\'') {
      throw new IllegalArgumentException("malformed character constant: " + s);
    }
    int end = s.length() - 1;
    int[] i = {1};
    int r;
    if (s.charAt(1) == '\\') {
      r = escape(s, i, end, '\'');
    } else {
      r = s.codePointAt(1);
      i[0] += Character.charCount(r);
    }
    if (i[0] != end) {
      throw new IllegalArgumentException("malformed character constant: " + s);
    }
    return r;
  }

  private static int escape(String s, int[] i, int end, char quote) {
    int p = i[0] + 1;
    if (p >= end) {
      throw new IllegalArgumentException("invalid syntax");
    }
    char c = s.charAt(p);
    i[0] = p + 1;
    switch (c) {
      case 'a':
        return 7;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return 11;
      case '\\':
        return '\\';
      case 'x':
        return hex(s, i, end, 2);
      case 'u':
        return hex(s, i, end, 4);
      case 'U':
        return hex(s, i, end, 8);
      default:
        if (c == quote) {
          return c;
        }
        if (c >= '0' && c <= '7') {
          if (p + 3 > end) {
            throw new IllegalArgumentException("invalid syntax");
          }
          int v = 0;
          for (int k = p; k < p + 3; k++) {
            char d = s.charAt(k);
            if (d < '0' || d > '7') {
              throw new IllegalArgumentException("invalid syntax");
            }
            v = v * 8 + (d - '0');
          }
          if (v > 255) {
            throw new IllegalArgumentException("invalid syntax");
          }
          i[0] = p + 3;
          return v;
        }
        throw new IllegalArgumentException("invalid syntax");
    }
  }

  private static int hex(String s, int[] i, int end, int n) {
    if (i[0] + n > end) {
      throw new IllegalArgumentException("invalid syntax");
    }
    int v;
    try {
      v = (int) Long.parseLong(s.substring(i[0], i[0] + n), 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid syntax");
    }
    if (n > 2 && (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))) {
      throw new IllegalArgumentException("invalid syntax");
    }
    i[0] += n;
    return v;
  }

  /** {@code strconv.ParseInt(text, 0, ...)} as a big integer, or null when it is no integer. */
  static BigInteger parseGoInt(String text) {
    String s = text;
    boolean neg = false;
    if (s.startsWith("+") || s.startsWith("-")) {
      neg = s.startsWith("-");
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      return null;
    }
    int radix = 10;
    boolean prefixed = false;
    if (s.length() > 1 && s.charAt(0) == '0') {
      char b = Character.toLowerCase(s.charAt(1));
      if (b == 'x' || b == 'o' || b == 'b') {
        radix = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        s = s.substring(2);
        prefixed = true;
      } else {
        radix = 8;
        s = s.substring(1);
        prefixed = true;
      }
    }
    if (s.contains("_")) {
      // underscores only between digits (or right after a base prefix)
      if (s.endsWith("_") || s.contains("__") || (!prefixed && s.startsWith("_"))) {
        return null;
      }
      s = s.replace("_", "");
    }
    if (s.isEmpty()) {
      return prefixed && radix == 8 ? BigInteger.ZERO : null;
    }
    try {
      BigInteger v = new BigInteger(s, radix);
      return neg ? v.negate() : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code strconv.ParseFloat(text, 64)} or null. */
  static Double parseGoFloat(String text) {
    String s = text.replace("_", "");
    try {
      String lower = s.toLowerCase();
      if (lower.startsWith("0x") || lower.startsWith("-0x") || lower.startsWith("+0x")) {
        if (!lower.contains("p")) {
          s = s + "p0";
        }
      }
      double d = Double.parseDouble(s);
      return Double.isInfinite(d) ? null : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
