package dev.llmisvc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Prints documents as multi-document YAML, or as JSON (one object, or a {@code List}). */
final class DocumentWriter {
  private DocumentWriter() {}

  static void print(PrintWriter out, OutputFormat format, List<? extends JsonNode> documents) {
    try {
      if (format == OutputFormat.json) {
        JsonNode value = documents.size() == 1 ? documents.get(0) : list(documents);
        out.println(
            LlmisvcMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(value));
      } else {
        boolean first = true;
        for (JsonNode doc : documents) {
          String yaml = LlmisvcMapper.yaml().writeValueAsString(doc);
          if (!first && !yaml.startsWith("---")) {
            out.println("---");
          }
          out.print(yaml);
          first = false;
        }
      }
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
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
