package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.llmisvc.api.DependencyCheck;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.common.LazyProperties;
import dev.llmisvc.api.common.StrictScalars;
import dev.llmisvc.api.common.UnknownValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one preconfigured Jackson mapper of the API: reads and writes the typed models as YAML or
 * JSON, and converts between models and JSON trees.
 *
 * <p>Rules, decided here once:
 *
 * <ul>
 *   <li>Reading is strict inside {@code spec}: an unknown field, also inside an embedded fabric8
 *       object, is a {@link ParseException} naming its path ({@code spec.replica}, {@code
 *       spec.template.containers[0].imagee}). {@code metadata} and {@code status} accept whatever a
 *       server prints. Duplicate keys are errors.
 *   <li>Writing omits absent values and empty lists and maps of KServe's own types (Go's {@code
 *       omitempty}) but keeps present-but-empty objects ({@code route: {}}, {@code scheduler: {}},
 *       {@code prefill: {}}, {@code tracing: {}}), and writes embedded objects exactly as read
 *       ({@code template: {containers: []}} stays). Fields Go always writes ({@code keda.triggers},
 *       list {@code items}) are always written.
 *   <li>Parse, write, parse gives an equal value.
 * </ul>
 *
 * <pre>{@code
 * LLMInferenceService svc = LlmisvcMapper.read(yamlText, LLMInferenceService.class);
 * String yaml = LlmisvcMapper.writeYaml(svc);
 * JsonNode spec = LlmisvcMapper.toTree(svc.spec()); // for tree-based engines
 * }</pre>
 */
public final class LlmisvcMapper {
  /**
   * The two mappers, made on first use after {@link DependencyCheck} has passed: made with a
   * Jackson older than we support, they could fail in this class's initialisation with an {@code
   * Error} instead of the check's message.
   */
  private static final class Mappers {
    static final ObjectMapper YAML = configure(new ObjectMapper(yamlFactory()));
    static final ObjectMapper JSON = configure(new ObjectMapper());

    private Mappers() {}
  }

  private static ObjectMapper yamlMapper() {
    DependencyCheck.requireSupportedVersions();
    return Mappers.YAML;
  }

  private static ObjectMapper jsonMapper() {
    DependencyCheck.requireSupportedVersions();
    return Mappers.JSON;
  }

  private static final Pattern OUT_OF_RANGE =
      Pattern.compile(
          "Numeric value \\((-?\\d+)\\) out of range of (int|long) \\((-?\\d+) - (-?\\d+)\\)");
  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private LlmisvcMapper() {}

  private static YAMLFactory yamlFactory() {
    return new EventYamlFactory(
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // as kubectl get -o yaml: multi-line strings as literal blocks, long ones on one line
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .stringQuotingChecker(new PlainScalarQuoting()));
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.registerModule(new Jdk8Module());
    LazyProperties.apply(mapper);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
    JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    mapper.configOverride(List.class).setInclude(nonEmpty);
    mapper.configOverride(Map.class).setInclude(nonEmpty);
    mapper.configOverride(Collection.class).setInclude(nonEmpty);
    return StrictScalars.apply(mapper);
  }

  /**
   * A copy of the YAML mapper, free to reconfigure. It writes as {@link #writeYaml} does. Text read
   * through it directly is not held to the document limit, and a YAML alias in it is an error
   * (Jackson alone would read the anchor's name): read with {@link #read}, {@link #readAll} or
   * {@link #readTree}, which resolve aliases as Kubernetes does.
   *
   * @return a new mapper configured like the one this class uses
   */
  public static ObjectMapper yaml() {
    return yamlMapper().copy();
  }

  /** The shared YAML mapper, for readers of this package that do not reconfigure it. */
  static ObjectMapper yamlReader() {
    return yamlMapper();
  }

  /**
   * A copy of the JSON mapper, free to reconfigure.
   *
   * @return a new mapper configured like the one this class uses
   */
  public static ObjectMapper json() {
    return jsonMapper().copy();
  }

  /**
   * Reads one YAML (or JSON) document.
   *
   * @param text the document
   * @param type the model class, e.g. {@code LLMInferenceService.class}
   * @param <T> the model type
   * @return the value
   * @throws ParseException when the text does not fit the model
   */
  public static <T> T read(String text, Class<T> type) {
    try (JsonParser p =
        YamlAliases.wrap(yamlMapper().createParser(new DocumentLimit(new StringReader(text))))) {
      T value = yamlMapper().readValue(p, type);
      requireNoOtherDocument(p);
      return value;
    } catch (JsonProcessingException e) {
      throw toParseException(e, text, 0);
    } catch (IOException e) {
      throw tooLargeOr(e); // a String fails to read only past the document limit
    }
  }

  /**
   * Reads one YAML (or JSON) document from a stream (UTF-8; the stream is not closed).
   *
   * @param in the stream
   * @param type the model class
   * @param <T> the model type
   * @return the value
   * @throws ParseException when the text does not fit the model
   */
  public static <T> T read(InputStream in, Class<T> type) {
    try {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one YAML (or JSON) file; errors name the file.
   *
   * @param file the file
   * @param type the model class
   * @param <T> the model type
   * @return the value
   * @throws ParseException when the text does not fit the model
   */
  public static <T> T read(Path file, Class<T> type) {
    try {
      return read(Files.readString(file), type);
    } catch (ParseException e) {
      throw e.withFile(file.toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      String where = file.toString();
      String reason = DocumentReader.notUtf8(where, file).substring(where.length() + 2);
      throw new ParseException(Optional.of(where), 0, 0, "", reason, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every document of a multi-document YAML text ({@code ---} separated) as {@code type}.
   *
   * @param text the documents
   * @param type the model class
   * @param <T> the model type
   * @return the values in order
   * @throws ParseException for the first document that does not fit
   */
  public static <T> List<T> readAll(String text, Class<T> type) {
    List<T> values = new ArrayList<>();
    try (MappingIterator<T> it =
        yamlMapper()
            .readerFor(type)
            .readValues(
                YamlAliases.wrap(
                    yamlMapper().createParser(new DocumentLimit(new StringReader(text)))))) {
      while (it.hasNextValue()) {
        try {
          values.add(it.nextValue());
        } catch (JsonProcessingException e) {
          throw toParseException(e, text, values.size());
        }
      }
      return values;
    } catch (RuntimeException e) {
      if (e.getCause() instanceof JsonProcessingException jpe && !(e instanceof ParseException)) {
        throw toParseException(jpe, text, values.size());
      }
      throw e;
    } catch (JsonProcessingException e) {
      throw toParseException(e, text, values.size());
    } catch (IOException e) {
      throw tooLargeOr(e);
    }
  }

  /**
   * Reads one YAML (or JSON) document as a tree, with the mapper's strictness (duplicate keys are
   * errors).
   *
   * @param text the document
   * @return the tree; {@code null} for an empty text
   * @throws ParseException when the text is not YAML or JSON
   */
  public static JsonNode readTree(String text) {
    try (JsonParser p =
        YamlAliases.wrap(yamlMapper().createParser(new DocumentLimit(new StringReader(text))))) {
      JsonNode tree = yamlMapper().readTree(p);
      requireNoOtherDocument(p);
      return tree;
    } catch (JsonProcessingException e) {
      throw toParseException(e, text, 0);
    } catch (IOException e) {
      throw tooLargeOr(e); // a String fails to read only past the document limit
    }
  }

  /**
   * Writes a model as YAML.
   *
   * @param value the model
   * @return the YAML text
   */
  public static String writeYaml(Object value) {
    try {
      return yamlMapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Writes a model as compact JSON.
   *
   * @param value the model
   * @return the JSON text
   */
  public static String writeJson(Object value) {
    try {
      return jsonMapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Converts a model to the JSON tree it would be written as (a new tree each call).
   *
   * @param value the model
   * @return the tree
   */
  public static JsonNode toTree(Object value) {
    return jsonMapper().valueToTree(value);
  }

  /**
   * Converts a JSON tree to a model, with the same checks as reading text; errors carry the path
   * but no position.
   *
   * @param tree the tree (not changed)
   * @param type the model class
   * @param <T> the model type
   * @return the value
   * @throws ParseException when the tree does not fit the model
   */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    try {
      return jsonMapper().treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw toParseException(e, null, 0);
    }
  }

  /**
   * Checks the numbers of {@code tree} as the typed model reads them, without paying for the typed
   * read when none can fail: a tree the CRD schema accepted is refused by the Go types (and by
   * {@link #fromTree}) for a number beyond an {@code int32} field's range or with a fraction, so
   * only a tree holding such a number is read. Other type errors (a string for a number) are the
   * schema's to report; a tree with such a number is read whole, so an unknown field is then
   * refused too.
   *
   * <pre>{@code
   * LlmisvcMapper.requireReadable(tree, LLMInferenceService.class); // replicas: 2147483648 fails
   * }</pre>
   *
   * @param tree the tree (not changed)
   * @param type the model class
   * @throws ParseException naming the field when the model cannot read the tree
   */
  public static void requireReadable(JsonNode tree, Class<?> type) {
    if (numberCouldBeRefused(tree)) {
      fromTree(tree, type);
    }
  }

  /** Walks the tree with a stack of its own, so no depth a caller passes can overflow ours. */
  private static boolean numberCouldBeRefused(JsonNode tree) {
    ArrayDeque<JsonNode> open = new ArrayDeque<>();
    open.push(tree);
    while (!open.isEmpty()) {
      JsonNode node = open.pop();
      if (node.isContainerNode()) {
        node.forEach(open::push);
      } else if (node.isNumber() && !(node.isIntegralNumber() && node.canConvertToInt())) {
        return true;
      }
    }
    return false;
  }

  /** A document beyond {@link DocumentLimit#MAX_CODE_POINTS}, wherever the parser wrapped it. */
  private static DocumentLimit.TooLarge tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DocumentLimit.TooLarge large) {
        return large;
      }
    }
    return null;
  }

  /**
   * After the one document a single-value read takes: refuses a second one rather than dropping it
   * (a text with several documents is read with {@link #readAll}). Empty documents, such as the one
   * a closing {@code ---} starts, are no documents.
   */
  private static void requireNoOtherDocument(JsonParser p) throws IOException {
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && p.getText().isEmpty())) {
        continue;
      }
      throw new JsonParseException(
          p,
          "the text holds more than one YAML document; read them with LlmisvcMapper.readAll",
          p.currentTokenLocation());
    }
  }

  private static RuntimeException tooLargeOr(IOException e) {
    DocumentLimit.TooLarge large = tooLarge(e);
    return large == null
        ? new UncheckedIOException(e)
        : new ParseException(Optional.empty(), (int) large.line(), 0, "", large.getMessage(), e);
  }

  private static ParseException toParseException(
      JsonProcessingException e, String text, int document) {
    DocumentLimit.TooLarge large = tooLarge(e);
    if (large != null) {
      return new ParseException(Optional.empty(), (int) large.line(), 0, "", large.getMessage(), e);
    }
    List<Object> path = new ArrayList<>();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference ref : m.getPath()) {
        if (ref.getFieldName() != null) {
          path.add(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.add(ref.getIndex());
        }
      }
    }
    String reason = reason(e, path);
    StreamReadException syntax = null;
    for (Throwable t = e; t != null && syntax == null; t = t.getCause()) {
      if (t instanceof StreamReadException s) {
        syntax = s;
      }
    }
    // The parser knows exactly where a syntax error or duplicate key is; mapping errors found
    // on trees have no position, so their path is looked up in the text.
    Optional<JsonLocation> location =
        text == null || path.isEmpty() || syntax != null
            ? Optional.empty()
            : SourceLocator.locate(text, document, path);
    JsonLocation fallback = syntax != null ? syntax.getLocation() : e.getLocation();
    JsonLocation loc = location.orElse(text == null ? null : fallback);
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return new ParseException(Optional.empty(), line, column, render(path), reason, e);
  }

  private static String reason(JsonProcessingException e, List<Object> path) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownValueException u) {
        u.field().ifPresent(path::add);
        return u.getMessage();
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String field = u.getPropertyName();
      return "unknown field \"" + field + "\"" + suggestion(field, u.getKnownPropertyIds());
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      Matcher m = MISSING.matcher(String.valueOf(e.getCause().getMessage()));
      if (m.find()) {
        String first = m.group(1).split(",")[0].trim();
        path.add(first);
        return "required field is missing";
      }
      return e.getCause().getMessage();
    }
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Duplicate field '")) {
      // worded as DocumentReader words it, so the library and the CLI say the same
      String key = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
      return "duplicate key \"" + key + "\": a key may appear once per object";
    }
    String scalar = scalarMismatch(e, message, render(path));
    if (scalar != null) {
      return scalar;
    }
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return message
        .replaceAll("`dev\\.llmisvc\\.api\\.[\\w.]*?Immutable(\\w+)(\\$Json)?`", "$1")
        .replaceAll("`java\\.(lang|util)\\.(\\w+)`", "$2");
  }

  /**
   * A scalar of the wrong type, worded as the API server words its schema errors ({@code Invalid
   * value: "string": spec.replicas in body must be of type integer: "string"}), or a number out of
   * the field's range; {@code null} for other errors.
   */
  private static String scalarMismatch(JsonProcessingException e, String message, String path) {
    Matcher range = OUT_OF_RANGE.matcher(message);
    if (range.find()) {
      String bits = range.group(2).equals("int") ? "int32" : "int64";
      return "Invalid value: "
          + range.group(1)
          + ": "
          + path
          + " must be of type "
          + bits
          + " (from "
          + range.group(3)
          + " to "
          + range.group(4)
          + ")";
    }
    if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
      return null;
    }
    String expected = jsonType(mismatch.getTargetType());
    if (expected == null) {
      return null;
    }
    String actual;
    if (message.contains("String")) {
      actual = "string";
    } else if (message.contains("Boolean value")) {
      actual = "boolean";
    } else if (message.contains("Floating-point value")) {
      actual = "number";
    } else if (message.contains("START_ARRAY") || message.contains("Array value")) {
      actual = "array";
    } else if (message.contains("START_OBJECT") || message.contains("Object value")) {
      actual = "object";
    } else {
      return null;
    }
    return "Invalid value: \""
        + actual
        + "\": "
        + path
        + " in body must be of type "
        + expected
        + ": \""
        + actual
        + "\"";
  }

  private static String jsonType(Class<?> type) {
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "integer";
    }
    if (type == Double.class
        || type == double.class
        || type == Float.class
        || type == float.class
        || type == java.math.BigDecimal.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    return null;
  }

  private static String suggestion(String field, Collection<Object> known) {
    if (known == null) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Object k : known) {
      int d = distance(field.toLowerCase(), k.toString().toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = k.toString();
      }
    }
    return best != null && bestDistance <= Math.max(2, field.length() / 3)
        ? " (did you mean \"" + best + "\"?)"
        : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String render(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        b.append('[').append(index).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(segment);
      }
    }
    return b.toString();
  }
}
