package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Rendered objects as the trees fabric8 writes, and YAML text for readable comparisons. */
final class RenderedTrees {
  static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();
  static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

  private RenderedTrees() {}

  /** The object as fabric8 serialises it. */
  static JsonNode tree(HasMetadata object) {
    try {
      return YAML.readTree(FABRIC8.asJson(object));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole rendering as one document: objects, required, warnings. */
  static ObjectNode document(RouterRendering rendering) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    ArrayNode objects = doc.putArray("objects");
    rendering.objects().forEach(o -> objects.add(tree(o)));
    ArrayNode required = doc.putArray("required");
    rendering.required().forEach(r -> required.add(YAML.valueToTree(r)));
    ArrayNode warnings = doc.putArray("warnings");
    rendering.warnings().forEach(warnings::add);
    return doc;
  }

  static String yaml(JsonNode node) {
    try {
      return YAML.writeValueAsString(sorted(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree with every object's keys sorted, so equal trees print alike. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
