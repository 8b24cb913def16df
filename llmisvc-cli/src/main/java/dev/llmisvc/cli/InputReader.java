package dev.llmisvc.cli;

import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentException;
import dev.llmisvc.api.yaml.DocumentReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the documents named on the command line through the library's {@link DocumentReader}, so
 * that every command, and the library itself, reads files, directories, {@code -}, multi-document
 * YAML, JSON and {@code List}s alike; its problems become the command's input errors.
 */
public final class InputReader {
  private final InputStream stdin;
  private final Predicate<Document> skip;
  private final Map<String, List<Document>> preloaded;

  /**
   * Creates a reader.
   *
   * @param stdin what {@code -} reads
   */
  public InputReader(InputStream stdin) {
    this(stdin, doc -> false, Map.of());
  }

  private InputReader(
      InputStream stdin, Predicate<Document> skip, Map<String, List<Document>> preloaded) {
    this.stdin = stdin;
    this.skip = skip;
    this.preloaded = preloaded;
  }

  /**
   * A reader that serves the input named {@code name} from {@code documents} instead of a file (a
   * service read from a cluster, say); other inputs are read as before.
   *
   * @param name the input's name, as given in the list of inputs
   * @param documents its documents
   * @return the new reader
   */
  public InputReader serving(String name, List<Document> documents) {
    Map<String, List<Document>> all = new HashMap<>(preloaded);
    all.put(name, List.copyOf(documents));
    return new InputReader(stdin, skip, Map.copyOf(all));
  }

  /**
   * A reader over the same standard input that leaves out the documents {@code skip} accepts.
   *
   * @param skip the documents to leave out
   * @return the new reader
   */
  public InputReader skipping(Predicate<Document> skip) {
    return new InputReader(stdin, this.skip.or(skip), preloaded);
  }

  /**
   * Reads every input in order.
   *
   * @param inputs files, directories or {@code -}
   * @return the objects
   * @throws InputException naming every problem of every input
   */
  public List<Document> read(List<String> inputs) {
    try {
      if (preloaded.isEmpty()) {
        return DocumentReader.read(inputs, stdin).stream().filter(skip.negate()).toList();
      }
      List<Document> all = new ArrayList<>();
      for (String input : inputs) {
        all.addAll(
            preloaded.containsKey(input)
                ? preloaded.get(input)
                : DocumentReader.read(List.of(input), stdin));
      }
      return all.stream().filter(skip.negate()).toList();
    } catch (DocumentException e) {
      throw new InputException(e.problems());
    }
  }

  /**
   * Reads every input in order, lazily, one document at a time (see {@link DocumentReader#stream});
   * the stream must be closed.
   *
   * @param inputs files, directories or {@code -}
   * @param problems told each input problem, one line, in input order between the documents
   * @return the objects
   */
  public Stream<Document> stream(List<String> inputs, Consumer<String> problems) {
    if (preloaded.isEmpty()) {
      return DocumentReader.stream(inputs, stdin, problems).filter(skip.negate());
    }
    return inputs.stream()
        .flatMap(
            input ->
                preloaded.containsKey(input)
                    ? preloaded.get(input).stream()
                    : DocumentReader.stream(List.of(input), stdin, problems))
        .filter(skip.negate());
  }
}
