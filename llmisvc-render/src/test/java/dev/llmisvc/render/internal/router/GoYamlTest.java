package dev.llmisvc.render.internal.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link GoYaml} prints like {@code sigs.k8s.io/yaml.Marshal}: the expected texts are what go-yaml
 * v2 writes for the same JSON (sorted keys, list items at the key's indentation, quoting only where
 * a plain scalar would read back as something else).
 */
class GoYamlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void sortsKeysAndIndentsListsLikeGoYaml() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"plugins\":[{\"type\":\"a\",\"parameters\":{\"deciders\":{\"prefill\":\"x\"}}}],"
                + "\"kind\":\"K\",\"apiVersion\":\"v\",\"empty\":{},\"none\":[],\"n\":2.0,\"f\":0.5}");
    assertThat(GoYaml.write(node))
        .isEqualTo(
            "apiVersion: v\n"
                + "empty: {}\n"
                + "f: 0.5\n"
                + "kind: K\n"
                + "n: 2\n"
                + "none: []\n"
                + "plugins:\n"
                + "- parameters:\n"
                + "    deciders:\n"
                + "      prefill: x\n"
                + "  type: a\n");
  }

  @Test
  void quotesOnlyWhatWouldReadBackAsSomethingElse() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"a\":\"true\",\"b\":\"8000\",\"c\":\"http://h.svc:8000\",\"d\":\"\","
                + "\"e\":\"x: y\",\"f\":\"/mnt/models/base\",\"g\":true,\"h\":null}");
    String text = GoYaml.write(node);
    assertThat(text)
        .isEqualTo(
            "a: \"true\"\n"
                + "b: \"8000\"\n"
                + "c: http://h.svc:8000\n"
                + "d: \"\"\n"
                + "e: 'x: y'\n"
                + "f: /mnt/models/base\n"
                + "g: true\n"
                + "h: null\n");
    assertThat(YAML.readTree(text)).isEqualTo(node);
  }

  @Test
  void multiLineStringsBecomeLiteralBlocksThatReadBack() throws Exception {
    JsonNode node = JSON.readTree("{\"k\":[{\"s\":\"line1\\nline2\\n\"}]}");
    String text = GoYaml.write(node);
    assertThat(text).isEqualTo("k:\n- s: |\n    line1\n    line2\n");
    assertThat(YAML.readTree(text)).isEqualTo(node);
  }
}
