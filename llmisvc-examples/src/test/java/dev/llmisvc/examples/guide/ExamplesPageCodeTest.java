package dev.llmisvc.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.compose.LayerId;
import dev.llmisvc.render.context.RequiredObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the examples page says its snippets compute. */
class ExamplesPageCodeTest {
  @Test
  void theOverviewNamesThePresetOfTheImageAndRendersTheSingleNodeObjects() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ExamplesPageCode.Overview o =
        ExamplesPageCode.overview(new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(o.imageLayer()).hasValue(LayerId.parse("Preset:kserve/kserve-config-llm-template"));
    assertThat(o.rendering().objects().get(0).getKind()).isEqualTo("Deployment");
    assertThat(o.rendering().objects().get(1).getKind()).isEqualTo("Service");
    assertThat(o.rendering().objects())
        .extracting(h -> h.getKind())
        .contains("InferencePool")
        .last()
        .isEqualTo("HTTPRoute");
    assertThat(o.rendering().required())
        .extracting(RequiredObject::kind)
        .contains("Secret", "Gateway");
    assertThat(text.toString(StandardCharsets.UTF_8))
        .startsWith("---\napiVersion: apps/v1\nkind: Deployment\n");
  }

  @Test
  void aV1alpha1ServiceKeepsItsReplicasAndHasItsAppliedConfigsOnTheComposition() {
    ExamplesPageCode.V1alpha1Result r = ExamplesPageCode.hardwareProfileInV1alpha1();
    assertThat(r.replicas()).hasValue(3);
    assertThat(r.applied()).last().satisfies(a -> assertThat(a.name()).isEqualTo("my-gpu-profile"));
  }
}
