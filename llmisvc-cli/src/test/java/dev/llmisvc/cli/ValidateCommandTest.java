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
  void aConfigWhoseTemplateFailsOverKServesSampleIsRefusedAsItsWebhookDoes() throws Exception {
    Path f = java.nio.file.Files.createTempFile("cfg", ".yaml");
    java.nio.file.Files.writeString(
        f,
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
            + "metadata: {name: c, namespace: kserve}\n"
            + "spec: {template: {containers: [{name: main, args: ['{{ .Spec.Nope }}']}]}}\n");
    CliRun run = CliRun.of("validate", f.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            f + ":1 (#1 LLMInferenceServiceConfig/c): failed to merge config: template: config:")
        .contains("can't evaluate field Nope")
        .doesNotContain("\tat ");
  }

  @Test
  void aRouteSpecTheGatewayApiCrdRefusesIsReportedWithThePattern() throws Exception {
    Path f = java.nio.file.Files.createTempFile("svc", ".yaml");
    java.nio.file.Files.writeString(
        f,
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
            + "metadata: {name: s, namespace: team}\n"
            + "spec: {model: {uri: 'hf://m'}, router: {route: {http: {spec: {rules:"
            + " [{matches: [{headers: [{name: 'a b', value: x}]}]}]}}}}}\n");
    CliRun run = CliRun.of("validate", f.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            f
                + ":1 (#1 LLMInferenceService/s):"
                + " spec.router.route.http.spec.rules[0].matches[0].headers[0].name: Invalid value:"
                + " \"a b\"");
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
