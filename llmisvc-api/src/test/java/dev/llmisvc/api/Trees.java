package dev.llmisvc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.util.Comparator;

/** Whole-document assertions on JSON trees with a readable diff. */
public final class Trees {
  /** Numbers compare by value: YAML reads 3 as an int, a Long field writes it as a long. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a instanceof NumericNode x && b instanceof NumericNode y) {
          return x.decimalValue().compareTo(y.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private Trees() {}

  /** Asserts two documents are equal (object key order ignored); on failure diffs pretty text. */
  public static void assertSameDocument(JsonNode actual, JsonNode expected) {
    if (!actual.equals(NUMBERS_BY_VALUE, expected)) {
      assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
      assertThat(actual).isEqualTo(expected);
    }
  }
}
