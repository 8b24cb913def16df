package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;

/**
 * A {@link YAMLFactory} whose parsers show the YAML event behind their current token. Jackson's
 * parser keeps what {@link YamlAliases} needs to read YAML the way Kubernetes does (the anchor of a
 * scalar, whether a {@code <<} key was written plain) in that event, and exposes it on no public
 * method in the Jackson versions we support (2.16 to 2.21).
 */
final class EventYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  EventYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private EventYamlFactory(EventYamlFactory src, ObjectCodec codec) {
    super(src, codec);
  }

  @Override
  public YAMLFactory copy() {
    return new EventYamlFactory(this, null);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new EventParser(
        ctxt,
        _parserFeatures,
        _yamlParserFeatures,
        _loaderOptions,
        _objectCodec,
        _createReader(in, null, ctxt));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) {
    return new EventParser(
        ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
    return new EventParser(
        ctxt,
        _parserFeatures,
        _yamlParserFeatures,
        _loaderOptions,
        _objectCodec,
        new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return new EventParser(
        ctxt,
        _parserFeatures,
        _yamlParserFeatures,
        _loaderOptions,
        _objectCodec,
        _createReader(data, offset, len, null, ctxt));
  }

  /** Jackson's YAML parser, with the event its current token came from. */
  static final class EventParser extends YAMLParser {
    EventParser(
        IOContext ctxt,
        int parserFeatures,
        int formatFeatures,
        LoaderOptions loaderOptions,
        ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
    }

    private boolean aliasesResolved;

    /** The YAML event the current token was read from; {@code null} before the first. */
    Event event() {
      return _lastEvent;
    }

    /** Called by {@link YamlAliases}, which replaces every alias with its anchor's value. */
    void aliasesResolved() {
      aliasesResolved = true;
    }

    /**
     * Refuses an alias unless {@link YamlAliases} reads through this parser: a mapper copy from
     * {@link LlmisvcMapper#yaml()} used directly would read the anchor's name as the value.
     */
    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = super.nextToken();
      if (!aliasesResolved && isCurrentAlias()) {
        throw new JsonParseException(
            this,
            "YAML alias *"
                + getText()
                + " read without alias resolution: read with LlmisvcMapper.read, readAll or"
                + " readTree, which resolve aliases as Kubernetes does");
      }
      return t;
    }
  }
}
