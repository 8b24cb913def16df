package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeCommandTest {
  private static final String FLEET = file("fleet.yaml");
  private static final String PROFILE = file("gpu-profile.yaml");

  private static String file(String name) {
    return Path.of("src/test/resources/compose", name).toString();
  }

  private static List<JsonNode> documents(String yaml) throws Exception {
    List<JsonNode> docs = new ArrayList<>();
    LlmisvcMapper.yaml()
        .readerFor(JsonNode.class)
        .readValues(yaml)
        .forEachRemaining(d -> docs.add((JsonNode) d));
    return docs;
  }

  @Test
  void aYamlAliasReadsAsItsValueAndAnUnknownOneIsAnErrorWithItsPosition(@TempDir Path dir)
      throws Exception {
    Path svc =
        Files.writeString(
            dir.resolve("alias.yaml"),
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: &n a, namespace: n, annotations: {copy-of-name: *n}}\n"
                + "spec: {model: {uri: 'hf://o/m'}}\n");
    CliRun run = CliRun.of("compose", "-f", svc.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("copy-of-name: a");
    Files.writeString(svc, Files.readString(svc).replace("*n", "*m"));
    run = CliRun.of("compose", "-f", svc.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("alias.yaml:3:").contains("alias *m names no anchor");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anEmptyFileIsAnErrorForComposeAndRender(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    for (String command : new String[] {"compose", "render"}) {
      CliRun run = CliRun.of(command, "-f", empty.toString());
      assertThat(run.exitCode()).as(command).isEqualTo(1);
      assertThat(run.err()).as(command).contains("empty.yaml: no documents to " + command);
      assertThat(run.out()).as(command).isEmpty();
    }
  }

  @Test
  void oneBadServiceIsReportedByNameAndTheOthersAreStillComposed() throws Exception {
    CliRun run = CliRun.of("compose", "-f", FLEET, "--config", PROFILE);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            FLEET
                + " (orphan): ConfigNotFound: LLMInferenceServiceConfig \"does-not-exist\" not found"
                + " in namespaces [my-team kserve]");
    List<JsonNode> docs = documents(run.out());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).path("metadata").path("name").asText()).isEqualTo("llama-3-8b");
  }

  @Test
  void theSeedsWorkedExampleComesOutAsTheGuideSays() throws Exception {
    CliRun run = CliRun.of("compose", "-f", FLEET, "--config", PROFILE);
    JsonNode llama = documents(run.out()).get(0);
    // v1alpha1 in, v1alpha1 out
    assertThat(llama.path("apiVersion").asText()).isEqualTo("serving.kserve.io/v1alpha1");
    JsonNode spec = llama.path("spec");
    assertThat(spec.path("replicas").asInt()).isEqualTo(3);
    assertThat(spec.path("template").path("nodeSelector").path("nvidia.com/gpu.product").asText())
        .isEqualTo("NVIDIA-A100-PCIE-40G");
    JsonNode main = spec.path("template").path("containers").get(0);
    assertThat(main.path("name").asText()).isEqualTo("main");
    assertThat(main.path("image").asText()).isEqualTo("ghcr.io/llm-d/llm-d-cuda:v0.9.0");
    assertThat(main.path("resources").path("limits").path("nvidia.com/gpu").asText())
        .isEqualTo("4");
    assertThat(main.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8000);
    assertThat(main.has("livenessProbe") && main.has("readinessProbe")).isTrue();
    assertThat(
            spec.path("router")
                .path("scheduler")
                .path("template")
                .path("containers")
                .get(0)
                .path("image")
                .asText())
        .isEqualTo("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0");
    assertThat(spec.path("router").path("route").path("http").path("spec").path("rules").size())
        .isEqualTo(12);
    assertThat(llama.path("status").path("appliedConfigs"))
        .extracting(
            c ->
                c.path("source").asText()
                    + ":"
                    + c.path("namespace").asText()
                    + "/"
                    + c.path("name").asText())
        .containsExactly(
            "Preset:kserve/kserve-config-llm-scheduler",
            "Preset:kserve/kserve-config-llm-router-route",
            "Preset:kserve/kserve-config-llm-template",
            "UserRef:kserve/my-gpu-profile");
  }

  @Test
  void withoutBuiltinPresetsEveryPresetIsMissing() {
    CliRun run = CliRun.of("compose", "-f", FLEET, "--config", PROFILE, "--no-builtin-presets");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "(llama-3-8b): ConfigNotFound: LLMInferenceServiceConfig \"kserve-config-llm-scheduler\""
                + " not found in namespaces [my-team kserve]");
  }

  @Test
  void jsonOutputOfSeveralServicesIsAList() throws Exception {
    CliRun run =
        CliRun.of(
            "compose",
            "-o",
            "json",
            "-f",
            FLEET,
            "-f",
            "../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml",
            "--config",
            PROFILE);
    JsonNode list = LlmisvcMapper.json().readTree(run.out());
    assertThat(list.path("kind").asText()).isEqualTo("List");
    assertThat(list.path("items")).hasSize(2);
  }

  @Test
  void systemNamespaceMovesThePresets() {
    CliRun run =
        CliRun.of("compose", "-f", FLEET, "--config", PROFILE, "--system-namespace", "platform");
    // the profile lives in kserve, which is no longer searched
    assertThat(run.err())
        .contains(
            "LLMInferenceServiceConfig \"my-gpu-profile\" not found in namespaces [my-team platform]");
  }

  @Test
  void anInvalidServiceIsRejectedBeforeComposition() throws Exception {
    CliRun run = CliRun.of("compose", "-f", "src/test/resources/validate/bad-criticality.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("spec.model.criticality: Unsupported value: \"High\"");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void explainSaysWhichLayerSetAValueAndWhatItOverrode() {
    CliRun run = CliRun.of("explain", "-f", FLEET, "--config", PROFILE, "spec.replicas");
    assertThat(run.out())
        .contains(
            "spec.replicas: 3\n    set by LLMInferenceService:my-team/llama-3-8b\n    overrides UserRef:kserve/my-gpu-profile: 2")
        .contains("4. UserRef:kserve/my-gpu-profile")
        .contains("configs found nowhere (looked in my-team and kserve): does-not-exist");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void explainMarksTemplatedValuesAndPostMergeSteps() {
    CliRun run =
        CliRun.of(
            "explain",
            "-f",
            FLEET,
            "--config",
            PROFILE,
            "spec.router.scheduler.template.serviceAccountName");
    assertThat(run.out())
        .contains("spec.router.scheduler.template.serviceAccountName: llama-3-8b-epp-sa")
        .contains("    set by post-merge step epp-service-account-default")
        .doesNotContain("set by set by");
    CliRun certs =
        CliRun.of(
            "explain", "-f", FLEET, "--config", PROFILE, "spec.template.volumes[name=tls-certs]");
    assertThat(certs.out()).contains("llama-3-8b-kserve-self-signed-certs").contains("(templated)");
  }

  @Test
  void explainListsZeroValuesThatCannotUndoAnEarlierLayer() throws Exception {
    java.nio.file.Path svc = java.nio.file.Files.createTempFile("svc", ".yaml");
    java.nio.file.Files.writeString(
        svc,
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceService
        metadata: {name: flags, namespace: team}
        spec:
          model: {uri: "hf://facebook/opt-125m"}
          template:
            containers:
              - name: main
                args: []
        """);
    CliRun run = CliRun.of("explain", "-f", svc.toString(), "spec.template");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("surprises:")
        .contains(
            "LLMInferenceService:team/flags sets spec.template.containers[name=main].args: [], which has no effect");
  }

  @Test
  void templateRendersOneConfigOverAService() throws Exception {
    CliRun run =
        CliRun.of(
            "template",
            "-s",
            "../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml",
            "-c",
            file("template-config.yaml"),
            "--global-config",
            file("global-tls.yaml"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode args =
        LlmisvcMapper.yaml()
            .readTree(run.out())
            .path("spec")
            .path("template")
            .path("containers")
            .get(0)
            .path("args");
    assertThat(args)
        .extracting(JsonNode::asText)
        .containsExactly(
            "--served-model-name=Qwen/Qwen2.5-7B-Instruct",
            "--pool=qwen2-7b-instruct-inference-pool",
            "--ssl",
            "--gateway=gateways/edge");
  }

  @Test
  void aTemplateErrorNamesTheConfigFieldAndExpression() {
    CliRun run =
        CliRun.of(
            "template",
            "-s",
            "../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml",
            "-c",
            file("nil-pointer-config.yaml"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(file("nil-pointer-config.yaml"))
        .contains("spec.template.containers[0].args[0]")
        .contains(".Spec.Parallelism.Expert")
        .contains("nil pointer evaluating")
        .doesNotContain("Exception");
  }

  @Test
  void aGlobalConfigWithAnUnknownKeyIsRejected() throws Exception {
    java.nio.file.Path g = java.nio.file.Files.createTempFile("global", ".yaml");
    java.nio.file.Files.writeString(g, "enableTLS: true\n");
    CliRun run =
        CliRun.of(
            "template",
            "-s",
            "../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml",
            "-c",
            file("template-config.yaml"),
            "--global-config",
            g.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(g + ": enableTLS: unknown setting");
  }

  @Test
  void presetsListAndShow() throws Exception {
    CliRun list = CliRun.of("presets", "list");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("kserve-config-llm-template").contains("aaac4e2");
    CliRun show = CliRun.of("presets", "show", "kserve-config-llm-tracing");
    assertThat(show.exitCode()).isZero();
    JsonNode tracing = LlmisvcMapper.yaml().readTree(show.out());
    assertThat(tracing.path("metadata").path("namespace").asText()).isEqualTo("kserve");
    assertThat(tracing.path("spec").path("tracing").path("exporterEndpoint").asText())
        .isEqualTo("http://otel-collector:4317");
    CliRun missing = CliRun.of("presets", "show", "nope");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no built-in preset \"nope\"");
  }

  @Test
  void explainRecordsAPostMergeStepThatEditsAValueInPlace() throws Exception {
    java.nio.file.Path svc = java.nio.file.Files.createTempFile("route", ".yaml");
    java.nio.file.Files.writeString(
        svc,
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceService
        metadata: {name: opt, namespace: demo}
        spec:
          model: {uri: "hf://facebook/opt-125m"}
          router: {route: {}}
        """);
    CliRun run = CliRun.of("explain", "-f", svc.toString(), "spec.router.route.http.spec.rules");
    assertThat(run.out())
        .contains(
            "set by Preset:kserve/kserve-config-llm-router-route (templated), changed by post-merge"
                + " step workload-service-backend");
  }

  @Test
  void metadataThatIsNotAnObjectIsInvalidInputNotACrash() throws Exception {
    java.nio.file.Path svc = java.nio.file.Files.createTempFile("meta", ".yaml");
    java.nio.file.Files.writeString(
        svc,
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: x\nspec: {model: {uri: a}}\n");
    CliRun run = CliRun.of("compose", "-f", svc.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            svc
                + ":1 (#1 LLMInferenceService/?): metadata: Invalid value: \"string\": metadata in body must be of type object: \"string\"");
  }

  @Test
  void composeReportsUnknownFieldsInTheSameFormAsValidate() {
    String file = "src/test/resources/validate/two-services.yaml";
    CliRun run = CliRun.of("compose", "-f", file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            file + ":11 (#2 LLMInferenceService/typo): spec.replica: unknown field");
    assertThat(run.out()).contains("name: good");
  }
}
