package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;

/**
 * Quotes a string value whenever writing it plain would read back as something else. Jackson's
 * default check misses YAML 1.1 forms such as {@code 0E0}, {@code 5e9} or {@code 1_000}, which a
 * reader turns into numbers; so every candidate for a plain scalar is read back once and kept plain
 * only if it comes back as the same string.
 */
final class PlainScalarQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper READ_BACK = new ObjectMapper(new YAMLFactory());

  @Override
  public boolean needToQuoteValue(String value) {
    if (super.needToQuoteValue(value)) {
      return true;
    }
    try {
      JsonNode back = READ_BACK.readTree(value);
      return back == null || !back.isTextual() || !back.textValue().equals(value);
    } catch (IOException e) {
      return true;
    }
  }
}
