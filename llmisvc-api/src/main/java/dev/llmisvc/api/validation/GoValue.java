package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** How Go's {@code field.Error} prints a bad value. */
final class GoValue {
  private GoValue() {}

  /**
   * Scalars as Go prints them ({@code %q} for strings, {@code %v} for numbers and booleans, {@code
   * null}); objects and lists as compact JSON, where Go would print a {@code %#v} struct dump that
   * cannot be reproduced from a tree.
   */
  static String render(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "null";
    }
    if (value.isTextual()) {
      return quote(value.textValue());
    }
    return value.toString();
  }

  /** Go's {@code strconv.Quote} for printable text. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
