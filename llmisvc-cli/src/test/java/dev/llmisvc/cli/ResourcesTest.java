package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** The typed read is skipped only where it cannot refuse what the schema accepted. */
class ResourcesTest {
  private static JsonNode yaml(String text) throws Exception {
    return new YAMLMapper().readTree(text);
  }

  @Test
  void numbersBeyondInt32FractionsAndDepthKeepTheTypedRead() throws Exception {
    assertThat(Resources.typedReadCouldRefuse(yaml("spec: {replicas: 3, a: [1, x, true]}"), 0))
        .isFalse();
    assertThat(Resources.typedReadCouldRefuse(yaml("spec: {replicas: 2147483648}"), 0)).isTrue();
    assertThat(Resources.typedReadCouldRefuse(yaml("spec: {a: [{b: 1.5}]}"), 0)).isTrue();
    assertThat(Resources.typedReadCouldRefuse(yaml("a: " + "[".repeat(70) + "]".repeat(70)), 0))
        .isTrue();
  }
}
