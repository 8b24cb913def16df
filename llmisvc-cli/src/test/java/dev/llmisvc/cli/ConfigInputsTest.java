package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where compose, render and explain find configs: {@code --config} directories as kustomize lays
 * them out, and configs that sit beside the services given with {@code -f}.
 */
class ConfigInputsTest {
  @TempDir Path dir;

  private static final String SERVICE =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceService
      metadata: {name: qwen, namespace: team}
      spec:
        model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
        baseRefs: [{name: gpu}]
        template: {containers: [{name: main}]}
      """;

  private static final String CONFIG =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceServiceConfig
      metadata: {name: gpu}
      spec: {replicas: 2}
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void configsBesideTheServicesInFJoinTheConfigSource() throws IOException {
    write("app/service.yaml", SERVICE);
    write("app/gpu.yaml", CONFIG);
    for (String command : new String[] {"compose", "render", "explain"}) {
      CliRun run = CliRun.of(command, "-f", dir.resolve("app").toString());
      assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
      // render lists what the cluster must provide on standard error; nothing else is said
      assertThat(run.err()).as(command).doesNotContain("kind: expected").doesNotContain("gpu");
    }
    CliRun compose = CliRun.of("compose", "-f", dir.resolve("app").toString());
    // one document: the config is a source, not a service to compose
    assertThat(compose.out()).doesNotContain("---").contains("replicas: 2");
    assertThat(compose.out()).contains("name: gpu").contains("source: UserRef");
  }

  @Test
  void aConfigInConfigWinsOverOneOfTheSameNameBesideTheService() throws IOException {
    Path service = write("app/all.yaml", SERVICE + "---\n" + CONFIG);
    Path other = write("other.yaml", CONFIG.replace("replicas: 2", "replicas: 5"));
    CliRun run = CliRun.of("compose", "-f", service.toString(), "--config", other.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("replicas: 5");
  }

  @Test
  void aConfigDirectoryWithAKustomizationIsReadWithANote() throws IOException {
    Path service = write("service.yaml", SERVICE);
    write("configs/kustomization.yaml", "resources:\n  - gpu.yaml\n");
    write("configs/gpu.yaml", CONFIG);
    CliRun run =
        CliRun.of(
            "compose", "-f", service.toString(), "--config", dir.resolve("configs").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("replicas: 2");
    assertThat(run.err())
        .isEqualTo(
            "note: "
                + dir.resolve("configs/kustomization.yaml")
                + ": skipped: a kustomize file, not a resource"
                + System.lineSeparator());
  }

  @Test
  void aMissingConfigFileIsAnInputError() throws IOException {
    Path service = write("service.yaml", SERVICE);
    String missing = dir.resolve("nope.yaml").toString();
    for (String command : new String[] {"compose", "render", "explain"}) {
      CliRun run = CliRun.of(command, "-f", service.toString(), "--config", missing);
      assertThat(run.exitCode()).as(command).isEqualTo(Main.INVALID);
      assertThat(run.err()).as(command).contains(missing).doesNotContainIgnoringCase("internal");
    }
  }

  @Test
  void helpSaysThatConfigsInFJoin() {
    for (String command : new String[] {"compose", "render", "explain"}) {
      String help = CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
      assertThat(help).as(command).contains("join the configs of --config");
    }
  }
}
