package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every golden composition of the composer's corpus run through {@code llmisvc compose}: the case's
 * options become command-line flags, and the printed document must equal the golden one. A failing
 * case must exit 1 with the golden reason and message on standard error; a service KServe's
 * admission would already reject fails earlier, at the command's input validation.
 */
class GoldenCompositionsThroughCliTest {
  private static final Path CORPUS = Path.of("../llmisvc-compose/src/test/resources/compose");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseThroughTheCommand() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(50);
    return tests.stream();
  }

  private void run(Path dir) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("compose", "-f", dir.resolve("service.yaml").toString()));
    if (Files.exists(dir.resolve("configs.yaml"))) {
      args.addAll(List.of("--config", dir.resolve("configs.yaml").toString()));
    }
    if (Files.exists(dir.resolve("options.yaml"))) {
      JsonNode o = LlmisvcMapper.yaml().readTree(dir.resolve("options.yaml").toFile());
      if (!o.path("builtinPresets").asBoolean(true)) {
        args.add("--no-builtin-presets");
      }
      if (o.has("systemNamespace")) {
        args.addAll(List.of("--system-namespace", o.get("systemNamespace").asText()));
      }
      if (o.has("configPrefix")) {
        args.addAll(List.of("--config-prefix", o.get("configPrefix").asText()));
      }
      if (o.has("versionedConfigs") && !o.get("versionedConfigs").asBoolean()) {
        args.add("--no-versioned-configs");
      }
      if (o.has("globalConfig")) {
        Path g = tmp.resolve(dir.getFileName() + "-global.yaml");
        Files.writeString(g, LlmisvcMapper.yaml().writeValueAsString(o.get("globalConfig")));
        args.addAll(List.of("--global-config", g.toString()));
      }
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    Path error = dir.resolve("expected-error.yaml");
    Path expected = dir.resolve("expected.yaml");
    JsonNode failure = Files.exists(error) ? LlmisvcMapper.yaml().readTree(error.toFile()) : null;
    String reason = failure == null ? "" : failure.path("reason").asText();
    if (failure != null && !reason.equals("Stopped")) {
      assertThat(run.exitCode()).isEqualTo(1);
      if (reason.equals("InvalidRenderedConfig")) {
        assertThat(run.err()).isNotBlank(); // rejected at input validation or by the dry run
      } else {
        assertThat(run.err()).contains(reason + ": " + failure.path("message").asText());
      }
      return;
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(LlmisvcMapper.yaml().readTree(run.out()))
        .isEqualTo(LlmisvcMapper.yaml().readTree(expected.toFile()));
  }
}
