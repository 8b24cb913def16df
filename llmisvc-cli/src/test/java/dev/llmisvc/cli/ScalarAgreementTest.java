package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library ({@code LlmisvcMapper.read}) and the command line say the same of a number the API
 * server refuses: a quoted integer, a fraction, a value beyond int32. Both refuse it, and the
 * command line's line is the library's message after the file name.
 */
class ScalarAgreementTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "2147483648", "4294967296", "3.5", "true"})
  void libraryAndCommandLineRefuseTheSameReplicasAlike(String replicas) throws Exception {
    String text =
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n"
            + "  name: a\nspec:\n  replicas: "
            + replicas
            + "\n  model:\n    uri: hf://org/model\n";
    Path file = dir.resolve("svc.yaml");
    Files.writeString(file, text);

    ParseException library =
        (ParseException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> LlmisvcMapper.read(file, LLMInferenceService.class));
    assertThat(library).isNotNull();
    assertThat(library.path()).isEqualTo("spec.replicas");
    assertThat(library.reason()).contains("must be of type");

    for (String command : new String[] {"validate", "compose", "render"}) {
      CliRun run =
          command.equals("validate")
              ? CliRun.of(command, file.toString())
              : CliRun.of(command, "-f", file.toString());
      assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(1);
      assertThat(run.err())
          .as(command)
          .contains(file + ":1 (#1 LLMInferenceService/a): " + library.getMessage());
      assertThat(run.err()).as(command).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(run.out()).as(command).doesNotContain("replicas");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483647", "0"})
  void int32BoundsAreAcceptedByBoth(String replicas) throws Exception {
    String text =
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n"
            + "  name: a\nspec:\n  replicas: "
            + replicas
            + "\n  model:\n    uri: hf://org/model\n";
    Path file = dir.resolve("svc.yaml");
    Files.writeString(file, text);
    assertThat(LlmisvcMapper.read(file, LLMInferenceService.class).spec().replicas())
        .contains(Integer.parseInt(replicas));
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
