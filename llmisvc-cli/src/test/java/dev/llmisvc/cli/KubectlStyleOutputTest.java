package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML the commands print reads like {@code kubectl get -o yaml}. */
class KubectlStyleOutputTest {
  private static final String LONG =
      "a long annotation value that goes on well past eighty columns, which YAML writers like to"
          + " fold with backslash continuations";

  @Test
  void noEmptyLabelsLiteralBlocksAndNoFolding(@TempDir Path dir) throws IOException {
    Path svc =
        Files.writeString(
            dir.resolve("svc.yaml"),
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata:
              name: qwen
              namespace: team
              annotations:
                note: "first line\\nsecond line\\n"
                long: "%s"
            spec:
              model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
              template: {containers: [{name: main}]}
            """
                .formatted(LONG));
    CliRun run = CliRun.of("compose", "-f", svc.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = run.out();
    // KServe's webhook adds an empty labels map; the API server's omitempty drops it again
    assertThat(out).doesNotContain("labels: {}").doesNotContain("labels:");
    assertThat(out).contains("    note: |\n      first line\n      second line\n");
    // on one line (quoted or not), not folded
    assertThat(out.lines()).anyMatch(l -> l.startsWith("    long: ") && l.contains(LONG));
    // no double-quoted string folded across lines (a line ending in \, the next going on with "\
    // ");
    // the presets' shell scripts keep their own backslash continuations inside literal blocks
    assertThat(out).doesNotContainPattern("\\\\\n\\s*\\\\ ");
    assertThat(out).contains("eval \"exec vllm serve /mnt/models \\\n");
    // still the same values when read back
    JsonNode back = LlmisvcMapper.yaml().readTree(out);
    assertThat(back.at("/metadata/annotations/note").asText())
        .isEqualTo("first line\nsecond line\n");
    assertThat(back.at("/metadata/annotations/long").asText()).isEqualTo(LONG);
  }

  @Test
  void renderWritesItsObjectsTheSameWay(@TempDir Path dir) throws IOException {
    Path svc =
        Files.writeString(
            dir.resolve("svc.yaml"),
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata: {name: qwen, namespace: team}
            spec:
              model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
              template:
                containers:
                  - name: main
                    env: [{name: NOTE, value: "%s"}]
            """
                .formatted(LONG));
    CliRun run = CliRun.of("render", "-f", svc.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).anyMatch(l -> l.contains("value: ") && l.contains(LONG));
    assertThat(run.out()).doesNotContainPattern("\\\\\n\\s*\\\\ ");
  }
}
