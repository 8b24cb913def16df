package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  private static final String SAMPLE =
      "../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml";

  private static String resource(String name) {
    return Path.of("src/test/resources/validate", name).toString();
  }

  @Test
  void aValidSampleExitsZero() {
    CliRun run = CliRun.of("validate", SAMPLE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(": valid");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyProblemOfADocumentIsReportedWithFileAndPath() {
    String file = resource("bad-criticality.yaml");
    CliRun run = CliRun.of("validate", file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            file
                + ":1 (#1 LLMInferenceService/llama): spec.model.criticality: Unsupported value: \"High\": supported values:"
                + " \"Critical\", \"Standard\", \"Sheddable\"")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void oneBadDocumentDoesNotHideTheGoodOnes() {
    String file = resource("two-services.yaml");
    CliRun run = CliRun.of("validate", file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(file + " (good): valid");
    // the error names its document: the second of the file, its kind and name
    assertThat(run.err())
        .contains(file + ":11 (#2 LLMInferenceService/typo): spec.replica: unknown field");
  }

  @Test
  void otherKindsAreRejectedByName() throws Exception {
    Path f = java.nio.file.Files.createTempFile("cm", ".yaml");
    java.nio.file.Files.writeString(f, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    CliRun run = CliRun.of("validate", f.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            f
                + ":1 (#1 ConfigMap/x): kind: expected LLMInferenceService or LLMInferenceServiceConfig, found \"ConfigMap\"");
  }

  @Test
  void missingFileIsInvalidInputNotAUsageError() {
    CliRun run = CliRun.of("validate", "no/such/file.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no/such/file.yaml: no such file or directory");
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
  }
}
