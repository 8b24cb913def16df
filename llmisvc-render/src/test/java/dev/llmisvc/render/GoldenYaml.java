package dev.llmisvc.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Golden comparison: a multi-document YAML stream brought to one canonical text (keys sorted,
 * comments and quoting gone), so that expected files can be written by hand and a difference shows
 * as a readable line diff.
 */
final class GoldenYaml {
  private static final ObjectMapper YAML = LlmisvcMapper.yaml();

  private GoldenYaml() {}

  static String canonical(String multiDoc) {
    try {
      List<String> docs = new ArrayList<>();
      var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(multiDoc);
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
          continue;
        }
        docs.add("---\n" + YAML.writeValueAsString(sorted(doc)).replaceFirst("^---\n", ""));
      }
      return String.join("", docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        fields.put(n, sorted(node.get(n)));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> out.add(sorted(e)));
      return out;
    }
    return node;
  }
}
