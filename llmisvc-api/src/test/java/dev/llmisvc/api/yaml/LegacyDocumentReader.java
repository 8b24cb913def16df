package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The former reader, verbatim but renamed: the oracle of {@link DocumentReaderEquivalenceTest}. */
final class LegacyDocumentReader {
  private LegacyDocumentReader() {}

  /**
   * Reads every input in order.
   *
   * @param inputs file paths, directory paths, or {@code -} for {@code stdin}
   * @param stdin standard input, read when an input is {@code -}
   * @return the objects, in input order
   * @throws DocumentException naming every input that could not be read and why
   */
  public static List<Document> read(List<String> inputs, InputStream stdin) {
    List<Document> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        if (input.equals("-")) {
          String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
          documents.addAll(parse("<stdin>", text, problems));
        } else {
          for (Path file : files(Path.of(input))) {
            documents.addAll(parse(file.toString(), Files.readString(file), problems));
          }
        }
      } catch (NoSuchFileException e) {
        problems.add(input + ": no such file or directory");
      } catch (IOException | UncheckedIOException e) {
        problems.add(input + ": cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
    return documents;
  }

  /**
   * Reads files and directories (no standard input).
   *
   * @param paths files or directories, in order
   * @return the objects, in input order
   * @throws DocumentException naming every input that could not be read and why
   */
  public static List<Document> read(List<Path> paths) {
    return read(paths.stream().map(Path::toString).toList(), InputStream.nullInputStream());
  }

  /**
   * Reads one text.
   *
   * @param source its name for messages, e.g. a file path
   * @param text YAML or JSON, one or more documents
   * @return the objects, in order
   * @throws DocumentException naming every problem
   */
  public static List<Document> parse(String source, String text) {
    List<String> problems = new ArrayList<>();
    List<Document> out = parse(source, text, problems);
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
    return out;
  }

  private static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(LegacyDocumentReader::isDocumentFile)
          .sorted()
          .toList();
    }
  }

  private static boolean isDocumentFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static List<Document> parse(String source, String text, List<String> problems) {
    ObjectMapper yaml = LlmisvcMapper.yamlReader();
    List<Document> out = new ArrayList<>();
    int objects = 0;
    try (JsonParser parser = yaml.createParser(text);
        MappingIterator<JsonNode> it = yaml.readValues(parser, JsonNode.class)) {
      while (it.hasNextValue()) {
        JsonLocation start = parser.currentTokenLocation();
        JsonNode tree = it.nextValue();
        int line = start == null ? 1 : Math.max(1, start.getLineNr());
        if (tree == null
            || tree instanceof NullNode
            || tree.isMissingNode()
            || (tree.isTextual() && tree.asText().isEmpty() && emptyDocument(text, start))) {
          continue;
        }
        if (!(tree instanceof ObjectNode object)) {
          problems.add(
              source + ":" + line + ": expected a YAML or JSON object, found " + describe(tree));
          continue;
        }
        String kind = object.path("kind").asText("");
        if (kind.equals("List") || (kind.endsWith("List") && object.has("items"))) {
          JsonNode items = object.path("items");
          if (items.isNull() || items.isMissingNode()) {
            continue;
          }
          if (!items.isArray()) {
            problems.add(source + ":" + line + ": items: expected a list of objects");
            continue;
          }
          int index = 0;
          for (JsonNode item : items) {
            if (item instanceof ObjectNode o) {
              out.add(new Document(source, line, o, objects++));
            } else {
              problems.add(
                  source
                      + ":"
                      + line
                      + ": items["
                      + index
                      + "]: expected an object, found "
                      + describe(item));
            }
            index++;
          }
        } else {
          out.add(new Document(source, line, object, objects++));
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(source + where(e.getLocation()) + ": " + syntax(e));
    } catch (RuntimeException e) {
      if (e.getCause() instanceof JsonProcessingException jpe) {
        problems.add(source + where(jpe.getLocation()) + ": " + syntax(jpe));
      } else {
        // SnakeYAML reports some syntax errors as unchecked exceptions of its own
        problems.add(source + ": not valid YAML or JSON: " + firstLine(e.getMessage()));
      }
    } catch (IOException e) {
      problems.add(source + ": cannot be read: " + e.getMessage());
    }
    return out;
  }

  /** Whether the document starting at {@code start} is a bare {@code ---} with nothing after it. */
  private static boolean emptyDocument(String text, JsonLocation start) {
    if (start == null || start.getCharOffset() < 0 || start.getCharOffset() > text.length()) {
      return true;
    }
    String rest = text.substring((int) start.getCharOffset()).stripLeading();
    return rest.isEmpty() || rest.startsWith("---");
  }

  private static String where(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return ":" + at.getLineNr() + (at.getColumnNr() > 0 ? ":" + at.getColumnNr() : "");
  }

  private static String syntax(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Duplicate field '")) {
      String key = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
      return "duplicate key \"" + key + "\": a key may appear once per object";
    }
    return "not valid YAML or JSON: " + firstLine(message);
  }

  private static String describe(JsonNode node) {
    return node.isArray()
        ? "a list"
        : node.isTextual() ? "a string" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
