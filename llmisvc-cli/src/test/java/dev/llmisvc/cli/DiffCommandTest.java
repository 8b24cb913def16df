package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  static final Path DIR = Path.of("src/test/resources/diff");
  static final String FLEET = DIR.resolve("fleet.yaml").toString();
  static final String BEFORE = DIR.resolve("before").toString();
  static final String AFTER = DIR.resolve("after").toString();
  static final String SAMPLE =
      "../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml";

  @Test
  void sameCatalogOnBothSidesChangesNothingAndExitsZero() {
    CliRun run =
        CliRun.of("diff", "-f", SAMPLE, "--before", "kserve-aaac4e2", "--after", "kserve-aaac4e2");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "llm/qwen2-7b-instruct: unchanged\n\n"
                + "1 service: 0 would restart pods, 0 routing only, 0 with other changes,"
                + " 1 unchanged, 0 failed\n");
  }

  @Test
  void aChangeExitsOne() {
    // only the two services whose profiles exist on both sides
    CliRun run =
        CliRun.of(
            "diff",
            "--before-service",
            DIR.resolve("llama-v1.yaml").toString(),
            "--after-service",
            DIR.resolve("llama-v2.yaml").toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("llm/llama: other changes\n  changed Deployment llm/llama-kserve (apps/v1)\n")
        .contains("    spec.replicas: 1 -> 2\n")
        .contains("    replicas: 1 -> 2  (set by LLMInferenceService:llm/llama)\n");
  }

  @Test
  void eachSideTakesItsOwnGlobalConfig(@TempDir Path dir) throws IOException {
    Path tls = Files.writeString(dir.resolve("tls.yaml"), "enableTls: true\n");
    CliRun run = CliRun.of("diff", "-f", SAMPLE, "--after-global-config", tls.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("llm/qwen2-7b-instruct: restarts pods\n")
        .contains("1 service: 1 would restart pods");
    // the same file on both sides: nothing changes
    CliRun both =
        CliRun.of(
            "diff",
            "-f",
            SAMPLE,
            "--before-global-config",
            tls.toString(),
            "--after-global-config",
            tls.toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
  }

  @Test
  void aBrokenConfigIsReportedOnceAndItsNamespacesOtherServicesPointThere(@TempDir Path dir)
      throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"),
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: p, namespace: llm}\nspec: {replicas: -1}\n");
    String svc =
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
            + "metadata: {name: NAME, namespace: llm}\nspec: {model: {uri: 'hf://o/m'}}\n";
    Path fleet =
        Files.writeString(
            dir.resolve("fleet.yaml"),
            svc.replace("NAME", "a")
                + "---\n"
                + svc.replace("NAME", "b")
                + "---\n"
                + svc.replace("NAME", "c"));
    CliRun run = CliRun.of("diff", "-f", fleet.toString(), "--after", broken.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    List<String> err = run.err().lines().toList();
    assertThat(err).hasSize(4);
    assertThat(err.get(0))
        .endsWith(
            "(#1 LLMInferenceService/a): not compared, the configs for namespace llm cannot"
                + " be read");
    assertThat(err.get(1)).contains("broken.yaml:1").contains("spec.replicas");
    assertThat(err.get(2)).contains("LLMInferenceService/b").endsWith("(see above)");
    assertThat(err.get(3)).contains("LLMInferenceService/c").endsWith("(see above)");
    assertThat(run.out()).contains("3 services:").contains("3 failed");
  }

  @Test
  void theFleetAsTextMatchesItsGoldenFile() throws IOException {
    CliRun run =
        CliRun.of("diff", "-f", FLEET, "--before", BEFORE, "--after", AFTER, "--jobs", "2");

    // gemma's profile is gone in the after setup: an error, so 2 although others changed
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
    Golden.assertText(DIR.resolve("fleet-diff.txt"), run.out());
  }

  @Test
  void jsonHasAStableShapeForCi() throws IOException {
    CliRun run = CliRun.of("diff", "-f", FLEET, "--before", BEFORE, "--after", AFTER, "-o", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(fieldNames(json)).containsExactly("services", "summary");
    assertThat(json.get("summary").toString())
        .isEqualTo(
            "{\"services\":4,\"restartsPods\":1,\"routingOnly\":0,\"otherChanges\":1,"
                + "\"unchanged\":1,\"failed\":1}");
    JsonNode services = json.get("services");
    assertThat(services).hasSize(4);
    for (JsonNode s : services) {
      assertThat(fieldNames(s))
          .containsExactly("namespace", "name", "impact", "errors", "objects", "spec");
    }
    JsonNode mistral = services.get(0);
    assertThat(mistral.get("impact").asText()).isEqualTo("restartsPods");
    JsonNode deployment = mistral.get("objects").get(0);
    assertThat(fieldNames(deployment))
        .containsExactly("change", "apiVersion", "kind", "namespace", "name", "fields", "diff");
    assertThat(deployment.get("change").asText()).isEqualTo("changed");
    assertThat(deployment.get("fields").get(0).toString())
        .isEqualTo(
            "{\"path\":\"spec.template.spec.containers[name=main].image\","
                + "\"before\":\"ghcr.io/llm-d/llm-d-cuda:v0.9.0\","
                + "\"after\":\"ghcr.io/llm-d/llm-d-cuda:v0.10.0\"}");
    assertThat(deployment.get("diff").asText())
        .contains("\n+          image: ghcr.io/llm-d/llm-d-cuda:v0.10.0\n");
    assertThat(mistral.get("spec").get(0).toString())
        .isEqualTo(
            "{\"path\":\"template.containers[name=main].image\","
                + "\"before\":\"ghcr.io/llm-d/llm-d-cuda:v0.9.0\","
                + "\"after\":\"ghcr.io/llm-d/llm-d-cuda:v0.10.0\","
                + "\"layer\":\"UserRef:llm/image-profile\","
                + "\"origin\":\"UserRef:llm/image-profile\"}");
    assertThat(services.get(2).get("impact").asText()).isEqualTo("unchanged");
    JsonNode gemma = services.get(3);
    assertThat(gemma.get("impact").asText()).isEqualTo("failed");
    assertThat(gemma.get("errors").get(0).get("side").asText()).isEqualTo("after");
    assertThat(gemma.get("errors").get(0).get("message").asText())
        .contains("ConfigNotFound", "retired-profile");
  }

  @Test
  void anInvalidServiceExitsTwoNamingFileAndField() {
    CliRun run = CliRun.of("diff", "-f", DIR.resolve("invalid.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("invalid.yaml").contains("spec.model.criticality");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileAndAnUnknownSideExitTwoWithTheReason() {
    CliRun missing = CliRun.of("diff", "-f", DIR.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml").doesNotContain("\tat ");

    CliRun unknown = CliRun.of("diff", "-f", FLEET, "--after", "kserve-nosuchversion");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .isEqualTo(
            "--after kserve-nosuchversion: expected a built-in catalog id (kserve-aaac4e2), none,"
                + " or an existing file or directory\n");

    CliRun twoCatalogs =
        CliRun.of("diff", "-f", FLEET, "--before", "none", "--before", "kserve-aaac4e2");
    assertThat(twoCatalogs.exitCode()).isEqualTo(2);
    assertThat(twoCatalogs.err()).contains("--before kserve-aaac4e2: a side takes one catalog");
  }

  @Test
  void noPresetsOnOneSideFailsEveryServiceThere() {
    CliRun run = CliRun.of("diff", "-f", SAMPLE, "--after", "none", "-o", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("\"impact\":\"failed\"").contains("\"side\":\"after\"");
  }

  @Test
  void wrongUsageExitsTwo() {
    assertThat(CliRun.of("diff").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("diff", "-f", FLEET, "--before-service", FLEET).exitCode()).isEqualTo(2);
    CliRun half = CliRun.of("diff", "--before-service", FLEET);
    assertThat(half.exitCode()).isEqualTo(2);
    assertThat(half.err()).contains("--before-service and --after-service go together");
    assertThat(CliRun.of("diff", "-f", FLEET, "-o", "yaml").exitCode()).isEqualTo(2);
  }

  @Test
  void otherCommandsKeepTheirExitCodes() {
    // render still says 1 for invalid input: only diff follows git diff's codes
    assertThat(CliRun.of("render", "-f", DIR.resolve("invalid.yaml").toString()).exitCode())
        .isEqualTo(1);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The text golden file, with the build's one update flag. */
  static final class Golden {
    static void assertText(Path file, String actual) throws IOException {
      if (Boolean.getBoolean("llmisvc.golden.update")) {
        if (!Files.exists(file) || !Files.readString(file).equals(actual)) {
          Files.writeString(file, actual, StandardCharsets.UTF_8);
          fail(file + " rewritten; read the diff, explain it, then run without the flag");
        }
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; run once with -Dllmisvc.golden.update=true");
      }
      assertThat(actual).isEqualTo(Files.readString(file));
    }
  }
}
