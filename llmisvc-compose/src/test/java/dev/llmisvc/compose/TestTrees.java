package dev.llmisvc.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** YAML text blocks to trees, for tests. */
public final class TestTrees {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private TestTrees() {}

  /** Parses one YAML document that must be a mapping. */
  public static ObjectNode yaml(String text) {
    try {
      return (ObjectNode) YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
