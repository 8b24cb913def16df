package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code resource.Quantity.IsZero()} on a JSON value. */
final class Quantities {
  private static final Pattern NUMBER = Pattern.compile("^[+-]?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))");

  private Quantities() {}

  /** True for an absent value and for any quantity whose number part is zero. */
  static boolean isZero(JsonNode q) {
    if (q == null || q.isMissingNode() || q.isNull()) {
      return true;
    }
    if (q.isNumber()) {
      return q.decimalValue().signum() == 0;
    }
    Matcher m = NUMBER.matcher(q.asText().trim());
    return !m.find() || new BigDecimal(m.group()).signum() == 0;
  }
}
