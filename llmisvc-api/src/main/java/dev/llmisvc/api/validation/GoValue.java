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
}
