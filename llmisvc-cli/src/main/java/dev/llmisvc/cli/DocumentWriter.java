package dev.llmisvc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints documents as multi-document YAML, or as JSON: one object as itself, several as a {@code
 * List}, pretty-printed or compact.
 *
 * <p>Documents are written as they come, so a fleet is never held whole: {@link #text} turns one
 * document into its text (thread-safe, for worker threads), {@link #write} appends such texts in
 * order and {@link #finish} ends the output. Only the first JSON document is held back, until a
 * second one tells whether it stands alone or opens a {@code List}. The bytes are those of writing
 * all documents at once.
 */
final class DocumentWriter {
  /** The pretty printer's line break. */
  private static final String NL = System.lineSeparator();

  /**
   * YAML as {@code kubectl get -o yaml} prints it, which is how the library's mapper writes it: a
   * multi-line string as a literal block ({@code |}), and a long string on one line instead of
   * folded with {@code \\} continuations.
   */
  private static final ObjectWriter YAML = LlmisvcMapper.yaml().writer();

  private static final ObjectWriter PRETTY = LlmisvcMapper.json().writerWithDefaultPrettyPrinter();
  private static final ObjectWriter COMPACT = LlmisvcMapper.json().writer();

  /**
   * The pretty List around its items, split where the items go, as the pretty printer writes it.
   */
  private static final Frame PRETTY_LIST = Frame.of(PRETTY);

  private static final Frame COMPACT_LIST = Frame.of(COMPACT);

  private final PrintWriter out;
  private final OutputFormat format;
  private String first;
  private int count;

  DocumentWriter(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  /** Prints {@code documents}, all at once; no documents in JSON is an empty {@code List}. */
  static void print(PrintWriter out, OutputFormat format, List<? extends JsonNode> documents) {
    if (documents.isEmpty() && format.isJson()) {
      try {
        out.println(
            (format == OutputFormat.json ? PRETTY : COMPACT).writeValueAsString(list(documents)));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      out.flush();
      return;
    }
    DocumentWriter writer = new DocumentWriter(out, format);
    for (JsonNode doc : documents) {
      writer.write(text(format, doc));
    }
    writer.finish();
  }

  /** One document as {@link #write} expects it; safe to call from any thread. */
  static String text(OutputFormat format, JsonNode document) {
    try {
      return switch (format) {
        case yaml -> YAML.writeValueAsString(document);
        case json -> PRETTY.writeValueAsString(document);
        case jsonCompact -> COMPACT.writeValueAsString(document);
      };
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends one document's {@link #text}. */
  void write(String text) {
    if (format == OutputFormat.yaml) {
      if (count > 0 && !text.startsWith("---")) {
        out.println("---");
      }
      out.print(text);
    } else if (count == 0) {
      first = text;
    } else {
      Frame frame = format == OutputFormat.json ? PRETTY_LIST : COMPACT_LIST;
      if (count == 1) {
        out.print(frame.head);
        out.print(frame.item(first));
        first = null;
      }
      out.print(frame.separator);
      out.print(frame.item(text));
    }
    count++;
    out.flush();
  }

  /** Ends the output: closes the JSON {@code List}, or prints the one JSON document. */
  void finish() {
    if (format.isJson() && count == 1) {
      out.println(first);
      first = null;
    } else if (format.isJson() && count > 1) {
      out.println((format == OutputFormat.json ? PRETTY_LIST : COMPACT_LIST).tail);
    }
    out.flush();
  }

  /**
   * A List as a writer prints it: what comes before the items, between two, after the last, and the
   * indentation of an item's lines.
   */
  private record Frame(String head, String separator, String tail, String indent) {
    static Frame of(ObjectWriter writer) {
      try {
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("b", 1);
        String alone = writer.writeValueAsString(item);
        String one = writer.writeValueAsString(list(List.of(item)));
        String two = writer.writeValueAsString(list(List.of(item, item)));
        for (String indent = ""; indent.length() <= 16; indent += " ") {
          String nested = alone.replace(NL, NL + indent);
          int at = one.lastIndexOf(nested);
          if (at < 0) {
            continue;
          }
          String head = one.substring(0, at);
          String tail = one.substring(at + nested.length());
          if (!two.startsWith(head + nested) || !two.endsWith(nested + tail)) {
            continue;
          }
          String separator =
              two.substring(
                  head.length() + nested.length(), two.length() - tail.length() - nested.length());
          return new Frame(head, separator, tail, indent);
        }
        throw new IllegalStateException("cannot tell how a List's items are written: " + two);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    String item(String text) {
      return indent.isEmpty() ? text : text.replace(NL, NL + indent);
    }
  }

  private static ObjectNode list(List<? extends JsonNode> items) {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    ArrayNode array = list.putArray("items");
    items.forEach(array::add);
    return list;
  }
}
