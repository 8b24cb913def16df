package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads "a file of Kubernetes documents" the one way the whole library and the command line do:
 *
 * <ul>
 *   <li>a file holds one or more YAML documents ({@code ---}), or JSON (JSON is YAML);
 *   <li>a directory stands for every {@code .yaml}, {@code .yml} and {@code .json} file below it,
 *       subdirectories included, in path order;
 *   <li>{@code -} reads standard input;
 *   <li>a {@code kind: List}, or any kind ending in {@code List} that has {@code items} ({@code
 *       LLMInferenceServiceConfigList}...), stands for its items;
 *   <li>an empty document (a lone {@code ---}) is skipped; a document that is not an object is an
 *       error;
 *   <li>a key given twice in one object is an error with its line and column, as kubectl and the
 *       API server reject it: nothing is silently dropped.
 * </ul>
 *
 * <p>{@link #read(List, InputStream)} collects every problem of every input and throws them at once
 * as a {@link DocumentException}. {@link #stream(List, InputStream, Consumer)} reads lazily, one
 * document at a time, so that a fleet of any size never sits in memory as trees; it reports each
 * problem when it meets it, in input order.
 *
 * <pre>{@code
 * List<Document> docs = DocumentReader.read(List.of("services/", "-"), System.in);
 * try (Stream<Document> s = DocumentReader.stream(List.of("fleet.yaml"), System.in, System.err::println)) {
 *   s.forEach(doc -> process(doc));
 * }
 * }</pre>
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads every input in order.
   *
   * @param inputs file paths, directory paths, or {@code -} for {@code stdin}
   * @param stdin standard input, read when an input is {@code -}
   * @return the objects, in input order
   * @throws DocumentException naming every input that could not be read and why
   */
  public static List<Document> read(List<String> inputs, InputStream stdin) {
    List<String> problems = new ArrayList<>();
    List<Document> documents;
    try (Stream<Document> all = stream(inputs, stdin, problems::add)) {
      documents = all.toList();
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
   * Reads every input in order, lazily: a file is opened when its first document is asked for and
   * read one document at a time, so only the document at hand (or the one {@code List} whose items
   * are being handed out) is held as a tree. Problems are the same, in the same words, as those of
   * {@link #read(List, InputStream)}; each is given to {@code problems} as soon as it is met, after
   * the documents before it and before those after it. The stream must be closed to close the file
   * being read; standard input is never closed.
   *
   * @param inputs file paths, directory paths, or {@code -} for {@code stdin}
   * @param stdin standard input, read when an input is {@code -}
   * @param problems told each problem, one line naming the source and, where known, the line and
   *     column; called from the thread consuming the stream
   * @return the objects, in input order; sequential, ordered, to be consumed once
   */
  public static Stream<Document> stream(
      List<String> inputs, InputStream stdin, Consumer<String> problems) {
    Documents documents = new Documents(List.copyOf(inputs), stdin, problems);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                documents, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(documents::close);
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
    List<Document> out = new ArrayList<>();
    try (Text t = new Text(source, new StringReader(text), true)) {
      while (!t.done) {
        t.step(out::add, problems::add);
      }
    }
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
          .filter(DocumentReader::isDocumentFile)
          .sorted()
          .toList();
    }
  }

  private static boolean isDocumentFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /**
   * The problem of a text that is not UTF-8, which Kubernetes requires of YAML and JSON: the file
   * (not its directory) and the offset of the first byte that cannot be read, found by decoding the
   * file again, streamed, up to that byte.
   */
  static String notUtf8(String source, Path file) {
    String problem = source + ": not UTF-8 text";
    if (file == null) {
      return problem + " (Kubernetes reads YAML and JSON as UTF-8)";
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long consumed = 0;
    try (InputStream bytes = Files.newInputStream(file)) {
      boolean eof = false;
      while (true) {
        int n = eof ? -1 : bytes.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult result = decoder.decode(in, out, eof);
        if (result.isError()) {
          long offset = consumed + in.position();
          int bad = in.get(in.position()) & 0xff;
          String bom =
              offset == 0 && in.remaining() >= 2 && (bad == 0xff || bad == 0xfe)
                  ? "; it starts with a UTF-16 byte-order mark, save it as UTF-8"
                  : "";
          return String.format(
              Locale.ROOT,
              "%s: byte 0x%02X at byte offset %d is not valid UTF-8 (Kubernetes reads YAML and"
                  + " JSON as UTF-8%s)",
              problem,
              bad,
              offset,
              bom);
        }
        consumed += in.position();
        in.compact();
        out.clear();
        if (eof && !in.hasRemaining()) {
          break;
        }
        if (eof) {
          // an incomplete sequence at the very end
          return problem + ": the file ends inside a UTF-8 character at byte offset " + consumed;
        }
      }
    } catch (IOException e) {
      // the offset is a help; the problem stands without it
    }
    return problem + " (Kubernetes reads YAML and JSON as UTF-8)";
  }

  private static String ioProblem(String input, Exception e) {
    return e instanceof NoSuchFileException
        ? input + ": no such file or directory"
        : input + ": cannot be read: " + e.getMessage();
  }

  /** The documents of every input, one at a time. */
  private static final class Documents implements Iterator<Document>, AutoCloseable {
    private final List<String> inputs;
    private final InputStream stdin;
    private final Consumer<String> problems;

    /** Documents and problems (strings) met but not yet handed out, in order. */
    private final Deque<Object> ready = new ArrayDeque<>();

    private int nextInput;
    private String input;
    private Iterator<Path> files;
    private Text text;

    Documents(List<String> inputs, InputStream stdin, Consumer<String> problems) {
      this.inputs = inputs;
      this.stdin = stdin;
      this.problems = problems;
    }

    @Override
    public boolean hasNext() {
      while (true) {
        while (!ready.isEmpty() && ready.peekFirst() instanceof String problem) {
          ready.removeFirst();
          problems.accept(problem);
        }
        if (!ready.isEmpty()) {
          return true;
        }
        if (text != null) {
          text.step(ready::add, ready::add);
          if (text.done) {
            text.close();
            if (text.failedToRead instanceof CharacterCodingException) {
              // a file that is not UTF-8 is that file's problem: the others are still read
              ready.add(notUtf8(text.source, text.file));
            } else if (text.failedToRead instanceof DocumentLimit.TooLarge large) {
              // the same: this file stops here, the others are still read
              ready.add(text.source + ":" + large.line() + ": " + large.getMessage());
            } else if (text.failedToRead != null) {
              // as when the whole input was read at once: its remaining files are not read
              ready.add(ioProblem(input, text.failedToRead));
              files = null;
            }
            text = null;
          }
        } else if (files != null && files.hasNext()) {
          Path file = files.next();
          try {
            text =
                new Text(
                    file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8), true);
            text.file = file;
          } catch (IOException | UncheckedIOException e) {
            ready.add(ioProblem(input, e));
            files = null;
          }
        } else if (nextInput < inputs.size()) {
          input = inputs.get(nextInput++);
          files = null;
          if (input.equals("-")) {
            text = new Text("<stdin>", new InputStreamReader(stdin, StandardCharsets.UTF_8), false);
          } else {
            try {
              files = files(Path.of(input)).iterator();
            } catch (IOException | UncheckedIOException e) {
              ready.add(ioProblem(input, e));
            }
          }
        } else {
          return false;
        }
      }
    }

    @Override
    public Document next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return (Document) ready.removeFirst();
    }

    @Override
    public void close() {
      if (text != null) {
        text.close();
        text = null;
      }
      files = null;
      nextInput = inputs.size();
    }
  }

  /** One text being read: a file or standard input. */
  private static final class Text implements AutoCloseable {
    private final String source;
    private final Recording reader;
    private JsonParser parser;
    private MappingIterator<JsonNode> values;

    /** The file read, or {@code null} for standard input or a text. */
    Path file;

    /** Objects handed out so far: the next one's index. */
    private int objects;

    boolean done;
    IOException failedToRead;

    Text(String source, Reader reader, boolean closeReader) {
      this.source = source;
      this.reader = new Recording(new DocumentLimit(reader), closeReader);
    }

    /** Reads the next document; hands out its objects, or a problem, and sets {@link #done}. */
    void step(Consumer<Document> out, Consumer<String> problems) {
      try {
        if (values == null) {
          ObjectMapper yaml = LlmisvcMapper.yamlReader();
          parser = YamlAliases.wrap(yaml.createParser(reader));
          values = yaml.readValues(parser, JsonNode.class);
        }
        if (!values.hasNextValue()) {
          done = true;
          return;
        }
        JsonLocation start = parser.currentTokenLocation();
        // an implicit empty scalar (a bare ---) has no width; an explicit "" or '' has
        JsonLocation end = parser.currentLocation();
        // decided before reading on, while the text at the value is still at hand
        boolean bare = reader.emptyDocumentAt(start, end);
        JsonNode tree = values.nextValue();
        int line = start == null ? 1 : Math.max(1, start.getLineNr());
        if (tree == null
            || tree instanceof NullNode
            || tree.isMissingNode()
            || (tree.isTextual() && tree.asText().isEmpty() && bare)) {
          return;
        }
        if (!(tree instanceof ObjectNode object)) {
          problems.accept(
              source + ":" + line + ": expected a YAML or JSON object, found " + describe(tree));
          return;
        }
        String kind = object.path("kind").asText("");
        if (kind.equals("List") || (kind.endsWith("List") && object.has("items"))) {
          JsonNode items = object.path("items");
          if (items.isNull() || items.isMissingNode()) {
            return;
          }
          if (!items.isArray()) {
            problems.accept(source + ":" + line + ": items: expected a list of objects");
            return;
          }
          int index = 0;
          for (JsonNode item : items) {
            if (item instanceof ObjectNode o) {
              out.accept(new Document(source, line, o, objects++));
            } else {
              problems.accept(
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
          out.accept(new Document(source, line, object, objects++));
        }
      } catch (JsonProcessingException e) {
        done = true;
        if (reader.failure == null) {
          problems.accept(source + where(e.getLocation()) + ": " + syntax(e));
        }
      } catch (RuntimeException e) {
        done = true;
        if (reader.failure != null) {
          // reported by the caller, as a file that cannot be read
        } else if (e.getCause() instanceof JsonProcessingException jpe) {
          problems.accept(source + where(jpe.getLocation()) + ": " + syntax(jpe));
        } else {
          // SnakeYAML reports some syntax errors as unchecked exceptions of its own
          problems.accept(source + ": not valid YAML or JSON: " + firstLine(e.getMessage()));
        }
      } catch (IOException e) {
        done = true;
        if (reader.failure == null) {
          problems.accept(source + ": cannot be read: " + e.getMessage());
        }
      }
      if (done && reader.failure != null) {
        failedToRead = reader.failure;
      }
    }

    @Override
    public void close() {
      done = true;
      try {
        if (values != null) {
          values.close();
        }
        if (parser != null) {
          parser.close();
        }
        reader.close();
      } catch (IOException e) {
        // nothing was written; a failure to close a file being read changes nothing
      }
    }
  }

  /**
   * Remembers a failure of the underlying reader, which the YAML parser would disguise, and the
   * text read lately, to look at where a document starts.
   */
  private static final class Recording extends FilterReader {
    private static final int KEEP = 1 << 16;

    private final boolean closeUnderlying;
    private final StringBuilder recent = new StringBuilder();
    private long recentStart;
    private boolean ended;
    IOException failure;

    Recording(Reader in, boolean closeUnderlying) {
      super(in);
      this.closeUnderlying = closeUnderlying;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (n < 0) {
        ended = true;
      } else {
        recent.append(buffer, offset, n);
        if (recent.length() > 2 * KEEP) {
          int drop = recent.length() - KEEP;
          recent.delete(0, drop);
          recentStart += drop;
        }
      }
      return n;
    }

    /**
     * Whether a document read as an empty string, starting at {@code start}, is a bare {@code ---}
     * with nothing after it: the text from there on is blank or starts the next document, as the
     * reader has always decided. When that text is no longer at hand, an empty value without width
     * (the parser's implicit one) counts as bare.
     */
    boolean emptyDocumentAt(JsonLocation start, JsonLocation end) {
      if (start == null || start.getCharOffset() < 0) {
        return true;
      }
      boolean implicit = end == null || end.getCharOffset() == start.getCharOffset();
      long at = start.getCharOffset() - recentStart;
      if (at < 0 || at > recent.length()) {
        return implicit;
      }
      int i = (int) at;
      while (i < recent.length() && Character.isWhitespace(recent.charAt(i))) {
        i++;
      }
      if (i + 3 <= recent.length()) {
        return recent.substring(i, i + 3).equals("---");
      }
      if (ended) {
        return i == recent.length();
      }
      return implicit;
    }

    @Override
    public void close() throws IOException {
      if (closeUnderlying) {
        super.close();
      }
    }
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
