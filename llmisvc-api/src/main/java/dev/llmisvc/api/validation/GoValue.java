package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.GoQuote;

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
      return GoQuote.quote(value.textValue());
    }
    return value.toString();
  }

  /**
   * A map of key fields as Go's {@code %#v} prints a {@code map[string]interface {}}: keys sorted,
   * strings quoted, JSON integers as {@code int64}.
   */
  static String goSyntaxMap(JsonNode map) {
    StringBuilder s = new StringBuilder("map[string]interface {}{");
    java.util.List<String> keys = new java.util.ArrayList<>();
    map.fieldNames().forEachRemaining(keys::add);
    java.util.Collections.sort(keys);
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        s.append(", ");
      }
      JsonNode v = map.get(keys.get(i));
      s.append(GoQuote.quote(keys.get(i))).append(':');
      s.append(v.isTextual() ? GoQuote.quote(v.textValue()) : v.toString());
    }
    return s.append('}').toString();
  }
}
