package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Refuses YAML aliases ({@code *name}). Jackson's YAML reader gives an alias back as the text of
 * the anchor's name, not as the anchored value, so {@code annotations: {a: *l}} would quietly read
 * as {@code a: l}. Until aliases are resolved to their values (as Kubernetes' own YAML reader
 * does), reading one is an error with its line and column rather than a different document.
 */
final class NoAliases extends JsonParserDelegate {
  private NoAliases(JsonParser delegate) {
    super(delegate);
  }

  /** {@code parser}, checked for aliases when it reads YAML. */
  static JsonParser wrap(JsonParser parser) {
    return parser instanceof YAMLParser ? new NoAliases(parser) : parser;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (((YAMLParser) delegate).isCurrentAlias()) {
      throw new JsonParseException(
          this,
          "YAML alias *"
              + delegate.getText()
              + " is not supported: llmisvc would read the anchor's name instead of its value;"
              + " write the value out");
    }
    return t;
  }

  // every way of moving on goes through nextToken, so no alias slips past

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }
}
