package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MergeCommandTest {
  private static String file(String name) {
    return Path.of("src/test/resources/merge", name).toString();
  }

  private static JsonNode yaml(String text) throws Exception {
    return LlmisvcMapper.yaml().readTree(text);
  }

  @Test
  void laterFilesWinWithKServesListAndZeroValueRules() throws Exception {
    CliRun run = CliRun.of("merge", file("base.yaml"), file("override.yaml"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(yaml(run.out())).isEqualTo(yaml(Files.readString(Path.of(file("expected.yaml")))));
  }

  @Test
  void jsonOutputIsTheSameDocument() throws Exception {
    CliRun run = CliRun.of("merge", "-o", "json", file("base.yaml"), file("override.yaml"));
    assertThat(run.exitCode()).isZero();
    assertThat(LlmisvcMapper.json().readTree(run.out()))
        .isEqualTo(yaml(Files.readString(Path.of(file("expected.yaml")))));
  }

  @Test
  void anUnknownFieldNamesTheFileAndPath() {
    CliRun run = CliRun.of("merge", file("base.yaml"), file("typo.yaml"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            file("typo.yaml") + ": spec.template.containers[0].imagee: unknown field");
  }

  @Test
  void twoInlineSchedulerConfigsWithPluginsFailLikeKServe() throws Exception {
    Path a = Files.createTempFile("a", ".yaml");
    Path b = Files.createTempFile("b", ".yaml");
    Files.writeString(
        a, "router:\n  scheduler:\n    config:\n      inline:\n        plugins: [{type: x}]\n");
    Files.writeString(
        b, "router:\n  scheduler:\n    config:\n      inline:\n        plugins: [{type: y}]\n");
    CliRun run = CliRun.of("merge", a.toString(), b.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith(b + ": spec.router.scheduler.config.inline")
        .contains("unable to find api field in struct RawExtension for the json field \"plugins\"")
        .doesNotContain("Exception");
  }

  @Test
  void otherKindsAreRejected() throws Exception {
    Path f = Files.createTempFile("svc", ".yaml");
    Files.writeString(f, "apiVersion: v1\nkind: Service\nmetadata: {name: x}\n");
    CliRun run = CliRun.of("merge", f.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(f + ": kind: expected a bare spec");
  }
}
