package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code llmisvc template} evaluates drafts: admission problems are warnings, not failures. */
class TemplateCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static final String CONFIG =
      "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
          + "metadata: {name: c}\n"
          + "spec: {template: {containers: [{name: main, args: ['--served={{ .Spec.Model.Name }}',"
          + " '--ns={{ .ObjectMeta.Namespace }}']}]}}\n";

  @Test
  void aNamelessDraftWithoutModelUriIsEvaluatedWithWarnings() throws Exception {
    Path svc =
        write(
            "svc.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {namespace: team}\n"
                + "spec: {model: {name: llama}, template: {containers: [{image: x}]}}\n");
    Path cfg = write("cfg.yaml", CONFIG);
    CliRun run = CliRun.of("template", "-s", svc.toString(), "-c", cfg.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("--served=llama").contains("--ns=team");
    assertThat(run.err())
        .contains(
            svc
                + ": warning: admission would refuse this: spec.template.containers[0].name:"
                + " Required value")
        .doesNotContain("metadata.name");
  }

  @Test
  void anUnknownFieldStillFails() throws Exception {
    Path svc =
        write(
            "svc.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: s}\nspec: {model: {uri: 'hf://m', nmae: llama}}\n");
    CliRun run =
        CliRun.of("template", "-s", svc.toString(), "-c", write("cfg.yaml", CONFIG).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(svc + ": spec.model.nmae: unknown field")
        .doesNotContain("\tat ");
  }

  @Test
  void aTemplateErrorStillFails() throws Exception {
    Path svc =
        write(
            "svc.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: s}\nspec: {model: {uri: 'hf://m'}}\n");
    Path cfg = write("cfg.yaml", CONFIG.replace("{{ .Spec.Model.Name }}", "{{ .Spec.Nope }}"));
    CliRun run = CliRun.of("template", "-s", svc.toString(), "-c", cfg.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("can't evaluate field Nope");
  }
}
