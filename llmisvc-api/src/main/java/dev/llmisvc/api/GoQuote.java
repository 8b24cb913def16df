package dev.llmisvc.api;

/**
 * Go's {@code strconv.Quote} (the {@code %q} verb), used where KServe's messages quote names and
 * where templates print quoted strings.
 */
public final class GoQuote {
  private GoQuote() {}

  /** Double-quotes {@code s}, escaping quotes, backslashes and unprintable runes as Go does. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            r -> {
              switch (r) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 11 -> sb.append("\\v");
                default -> {
                  if (r < 0x20 || r == 0x7f) {
                    sb.append(String.format("\\x%02x", r));
                  } else if (r >= 0xD800 && r < 0xE000) {
                    sb.append("\\ufffd");
                  } else if (!Character.isDefined(r) || Character.getType(r) == Character.CONTROL) {
                    sb.append(
                        r > 0xFFFF ? String.format("\\U%08x", r) : String.format("\\u%04x", r));
                  } else {
                    sb.appendCodePoint(r);
                  }
                }
              }
            });
    return sb.append('"').toString();
  }
}
