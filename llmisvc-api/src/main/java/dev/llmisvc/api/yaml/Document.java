package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One Kubernetes object read by {@link DocumentReader}: where it came from and its tree.
 *
 * @param source a file path, or {@code <stdin>}
 * @param line the 1-based line where the document (or, for an item of a {@code List}, the {@code
 *     List}) starts in its source
 * @param tree the object; callers must not change it
 * @param index the 0-based position of the object among those read from its source (an item of a
 *     {@code List} counts as one)
 */
public record Document(String source, int line, ObjectNode tree, int index) {

  /**
   * An object of a source, as the first.
   *
   * @param source a file path, or {@code <stdin>}
   * @param line the 1-based line where the document starts
   * @param tree the object
   */
  public Document(String source, int line, ObjectNode tree) {
    this(source, line, tree, 0);
  }

  /**
   * Where the object is, for error lines: the source, the line where its document starts, and which
   * object of the source it is with its kind and name, {@code fleet.yaml:12 (#2
   * LLMInferenceService/b)}, so that an error in a multi-document file names its document.
   *
   * @return the place
   */
  public String where() {
    return source
        + ":"
        + line
        + " (#"
        + (index + 1)
        + " "
        + kind().orElse("?")
        + "/"
        + name().orElse("?")
        + ")";
  }

  /**
   * The object's {@code kind}.
   *
   * @return the kind, empty when it has none or it is not a string
   */
  public Optional<String> kind() {
    JsonNode v = tree.path("kind");
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  /**
   * The object's {@code apiVersion}.
   *
   * @return the apiVersion, empty when it has none or it is not a string
   */
  public Optional<String> apiVersion() {
    JsonNode v = tree.path("apiVersion");
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  /**
   * The object's {@code metadata.name}.
   *
   * @return the name, empty when it has none
   */
  public Optional<String> name() {
    JsonNode name = tree.path("metadata").path("name");
    return name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
  }

  /**
   * The object's {@code metadata.namespace}.
   *
   * @return the namespace, empty text when it has none
   */
  public String namespace() {
    JsonNode ns = tree.path("metadata").path("namespace");
    return ns.isTextual() ? ns.asText() : "";
  }

  /**
   * A label for messages.
   *
   * @return {@code file}, or {@code file (name)} when the object has a name
   */
  public String label() {
    return name().map(n -> source + " (" + n + ")").orElse(source);
  }
}
