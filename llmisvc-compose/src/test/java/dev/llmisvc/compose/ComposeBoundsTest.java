package dev.llmisvc.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A config whose template would run without end is a failed composition (KServe's {@code
 * CombineBaseError}), reached in seconds, never an {@code Error} out of {@link Composer#compose}.
 */
@Timeout(60)
class ComposeBoundsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void aRunawayTemplateInABaseRefFailsTheComposition() throws IOException {
    StringBuilder t = new StringBuilder("{{define `l0`}}xxxxxxxxxx{{end}}");
    for (int level = 1; level <= 10; level++) {
      t.append("{{define `l").append(level).append("`}}");
      t.append(("{{template `l" + (level - 1) + "`}}").repeat(10));
      t.append("{{end}}");
    }
    t.append("{{template `l10`}}");
    ObjectNode config =
        (ObjectNode)
            YAML.readTree(
                "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceServiceConfig,"
                    + " metadata: {name: runaway, namespace: team}, spec: {annotations: {}}}");
    ((ObjectNode) config.path("spec").path("annotations")).put("boom", t.toString());
    ObjectNode service =
        (ObjectNode)
            YAML.readTree(
                "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService, metadata:"
                    + " {name: llm, namespace: team}, spec: {model: {uri: 'hf://org/m'},"
                    + " baseRefs: [{name: runaway}]}}");
    Composer composer =
        Composer.builder()
            .configs(InMemoryConfigSource.builder("team").add(config, "test").build())
            .build();
    Composition<ObjectNode> c = composer.compose(service);
    assertThat(c.succeeded()).isFalse();
    assertThat(c.condition().reason()).isEqualTo("CombineBaseError");
    assertThat(c.condition().message()).contains("llmisvc's bound on template execution");
    assertThat(c.condition().detail()).hasValueSatisfying(d -> assertThat(d).contains("boom"));
  }
}
