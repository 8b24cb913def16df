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
 * Every case of the merge engine's corpus (composition.md §6) run through {@code llmisvc merge},
 * one file per layer: the command must give the documented spec, or fail naming the layer's file
 * and the path.
 */
class MergeCorpusThroughCliTest {
  private static final Path CORPUS = Path.of("../llmisvc-compose/src/test/resources/merge");
  private static final String ENGINE_ONLY = "unknownKeysPassThrough";

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyCorpusCaseThroughTheCommand() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode c : LlmisvcMapper.yaml().readTree(file.toFile())) {
          if (c.path("layers").isEmpty()) {
            continue; // the command needs at least one file
          }
          tests.add(DynamicTest.dynamicTest(c.path("name").asText(), () -> run(c)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(30);
    return tests.stream();
  }

  private void run(JsonNode c) throws IOException {
    Path caseDir = Files.createDirectories(dir.resolve(c.path("name").asText()));
    List<String> args = new ArrayList<>(List.of("merge", "-o", "json"));
    int i = 1;
    for (JsonNode layer : c.path("layers")) {
      Path f = caseDir.resolve("L" + i++ + ".yaml");
      Files.writeString(f, LlmisvcMapper.yaml().writeValueAsString(layer));
      args.add(f.toString());
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    if (c.path("name").asText().equals(ENGINE_ONLY)) {
      // The engine passes keys it does not know through, as documented; the command checks each
      // layer's schema first and names the unknown field instead.
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains(": spec.notAField: unknown field");
    } else if (c.has("error")) {
      JsonNode e = c.get("error");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .startsWith(
              caseDir.resolve(e.path("layer").asText() + ".yaml")
                  + ": spec."
                  + e.path("path").asText())
          .contains(e.path("message").asText());
    } else {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(LlmisvcMapper.json().readTree(run.out())).isEqualTo(c.get("expect"));
    }
  }
}
