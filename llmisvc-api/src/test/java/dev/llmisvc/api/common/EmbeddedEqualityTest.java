package dev.llmisvc.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import org.junit.jupiter.api.Test;

/**
 * Two embedded values are equal when their JSON is: a pod spec read from YAML and the same pod spec
 * built with fabric8's builders are equal (and hash alike), although one holds {@code 30} as an int
 * and the other as a long.
 */
class EmbeddedEqualityTest {
  private static final String YAML =
      "terminationGracePeriodSeconds: 30\ncontainers: [{name: main, image: vllm}]\n";

  @Test
  void aPodSpecReadFromYamlEqualsTheSameOneBuilt() {
    JsonNode read = LlmisvcMapper.readTree(YAML);
    Embedded<PodSpec> fromYaml = Embedded.ofTree(PodSpec.class, read);
    Embedded<PodSpec> built =
        Embedded.of(
            new PodSpecBuilder()
                .withTerminationGracePeriodSeconds(30L)
                .addNewContainer()
                .withName("main")
                .withImage("vllm")
                .endContainer()
                .build());

    assertThat(read.get("terminationGracePeriodSeconds").isInt()).isTrue();
    assertThat(built).isEqualTo(fromYaml);
    assertThat(built.hashCode()).isEqualTo(fromYaml.hashCode());
  }

  @Test
  void aDifferentNumberOrMemberIsNotEqual() {
    Embedded<PodSpec> thirty = Embedded.ofTree(PodSpec.class, LlmisvcMapper.readTree(YAML));
    Embedded<PodSpec> sixty =
        Embedded.ofTree(PodSpec.class, LlmisvcMapper.readTree(YAML.replace("30", "60")));
    Embedded<PodSpec> other =
        Embedded.ofTree(PodSpec.class, LlmisvcMapper.readTree(YAML.replace("vllm", "tgi")));
    assertThat(thirty).isNotEqualTo(sixty).isNotEqualTo(other);
    // a number and the string of it stay different values
    Embedded<PodSpec> quoted =
        Embedded.ofTree(PodSpec.class, LlmisvcMapper.readTree(YAML.replace("30", "'30'")));
    assertThat(thirty).isNotEqualTo(quoted);
  }
}
