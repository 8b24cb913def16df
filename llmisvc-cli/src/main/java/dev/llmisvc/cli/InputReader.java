package dev.llmisvc.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the documents named on the command line: files (multi-document YAML or JSON), directories
 * (every {@code .yaml}, {@code .yml} and {@code .json} below them, in path order) and {@code -} for
 * standard input. A {@code kind: List} document stands for its {@code items}. Empty documents (a
 * lone {@code ---}) are skipped.
 */
public final class InputReader {
  /** JSON is YAML, so one YAML parser reads both and keeps line numbers for messages. */
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final InputStream stdin;

  public InputReader(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Reads every input in order; problems with files are collected and thrown together. */
  public List<InputDocument> read(List<String> inputs) {
    List<InputDocument> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        if (input.equals("-")) {
          documents.addAll(
              parse("<stdin>", new String(stdin.readAllBytes(), StandardCharsets.UTF_8)));
        } else {
          for (Path file : files(Path.of(input))) {
            documents.addAll(parse(file.toString(), Files.readString(file)));
          }
        }
      } catch (InputException e) {
        problems.addAll(e.lines());
      } catch (NoSuchFileException e) {
        problems.add(input + ": no such file or directory");
      } catch (IOException e) {
        problems.add(input + ": cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return documents;
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
          .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
          .sorted()
          .toList();
    }
  }

  /** Parses one source's text into its documents, expanding {@code kind: List}. */
  static List<InputDocument> parse(String source, String text) {
    List<InputDocument> out = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(text);
        MappingIterator<JsonNode> it = YAML.readValues(parser, JsonNode.class)) {
      while (it.hasNextValue()) {
        JsonLocation start = parser.currentTokenLocation();
        JsonNode tree = it.nextValue();
        int line = start == null ? 1 : Math.max(1, start.getLineNr());
        if (tree == null || tree instanceof NullNode || tree.isMissingNode()) {
          continue;
        }
        if (!tree.isObject()) {
          throw new InputException(
              source + ":" + line + ": expected a YAML or JSON object, found " + describe(tree));
        }
        String kind = tree.path("kind").asText("");
        if (kind.equals("List") || (kind.endsWith("List") && tree.has("items"))) {
          JsonNode items = tree.path("items");
          if (!items.isArray()) {
            throw new InputException(source + ":" + line + ": items: expected a list of objects");
          }
          for (JsonNode item : items) {
            if (!item.isObject()) {
              throw new InputException(
                  source + ":" + line + ": items: expected objects, found " + describe(item));
            }
            out.add(new InputDocument(source, line, item));
          }
        } else {
          out.add(new InputDocument(source, line, tree));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr();
      throw new InputException(
          source + where + ": not valid YAML or JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      if (e instanceof InputException) {
        throw e;
      }
      // SnakeYAML reports some syntax errors as unchecked exceptions of its own.
      throw new InputException(source + ": not valid YAML or JSON: " + firstLine(e.getMessage()));
    }
    return out;
  }

  private static String describe(JsonNode node) {
    return node.isArray()
        ? "a list"
        : node.isTextual() ? "a string" : node.getNodeType().toString().toLowerCase();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
