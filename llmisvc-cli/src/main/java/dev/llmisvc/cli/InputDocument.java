package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One YAML or JSON document read from the command line's inputs.
 *
 * @param source where it came from: a file path, or {@code <stdin>}
 * @param line the 1-based line where the document starts in its source
 * @param tree the parsed document
 */
public record InputDocument(String source, int line, JsonNode tree) {

  /** The document's {@code kind}, when it has one. */
  public Optional<String> kind() {
    return text("kind");
  }

  /** The document's {@code metadata.name}, when it has one. */
  public Optional<String> name() {
    JsonNode name = tree.path("metadata").path("name");
    return name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
  }

  /** The document's {@code metadata.namespace}, empty when it has none. */
  public String namespace() {
    JsonNode ns = tree.path("metadata").path("namespace");
    return ns.isTextual() ? ns.asText() : "";
  }

  /** A label for messages: {@code file} or {@code file (name)} when the document has a name. */
  public String label() {
    return name().map(n -> source + " (" + n + ")").orElse(source);
  }

  private Optional<String> text(String field) {
    JsonNode v = tree.path(field);
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }
}
