package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --config} files are checked as KServe's admission checks configs, and a service file given
 * there by mistake is an error naming the file, instead of a composition that silently ignores it.
 */
class ConfigFilesCheckedTest {
  @TempDir Path dir;

  private Path service() throws Exception {
    return Files.writeString(
        dir.resolve("svc.yaml"),
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n"
            + "  name: llama\nspec:\n  model:\n    uri: hf://org/llama\n  baseRefs:\n"
            + "    - name: profile\n");
  }

  @Test
  void aServiceFileGivenAsConfigIsAnErrorNamingIt() throws Exception {
    Path svc = service();
    CliRun run = CliRun.of("compose", "-f", svc.toString(), "--config", svc.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            svc
                + ": holds no LLMInferenceServiceConfig or ConfigMap, only LLMInferenceService"
                + " \"llama\"")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aConfigTheWebhookWouldRejectIsAnErrorNamingFileConfigAndField() throws Exception {
    Path svc = service();
    Path config =
        Files.writeString(
            dir.resolve("profile.yaml"),
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata:\n  name: profile\nspec:\n  baseRefs:\n    - name: other\n");
    for (String command : new String[] {"compose", "render"}) {
      CliRun run = CliRun.of(command, "-f", svc.toString(), "--config", config.toString());
      assertThat(run.exitCode()).as(command).isEqualTo(1);
      assertThat(run.err())
          .as(command)
          .contains(
              config
                  + ":1 (#1 LLMInferenceServiceConfig/profile): spec.baseRefs: Forbidden: baseRefs is not a permitted")
          .doesNotContain("Exception");
      assertThat(run.out()).as(command).isEmpty();
    }
  }

  @Test
  void aConfigMissingRequiredPoolFieldsIsAnError() throws Exception {
    Path svc = service();
    Path config =
        Files.writeString(
            dir.resolve("profile.yaml"),
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata:\n  name: profile\nspec:\n  router:\n    scheduler:\n      pool:\n"
                + "        spec:\n          selector: {}\n");
    CliRun run = CliRun.of("compose", "-f", svc.toString(), "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            config
                + ":1 (#1 LLMInferenceServiceConfig/profile): spec.router.scheduler.pool.spec.targetPorts: Required value")
        .contains(
            config
                + ":1 (#1 LLMInferenceServiceConfig/profile): spec.router.scheduler.pool.spec.endpointPickerRef: Required value");
  }
}
