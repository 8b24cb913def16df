package dev.llmisvc.examples.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A golden YAML file under {@code src/test/resources/golden/}, compared as a tree; on a mismatch
 * both sides are shown as YAML. Rewritten only with {@code -Dllmisvc.golden.update=true}, and a
 * rewrite fails its run, so nothing is blessed unread.
 */
final class AppliedGolden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private AppliedGolden() {}

  static void assertMatches(String relative, JsonNode actual) {
    Path file = DIR.resolve(relative);
    String actualYaml = LlmisvcMapper.writeYaml(actual);
    try {
      if (Boolean.getBoolean("llmisvc.golden.update")) {
        String text =
            "# Golden file: the server-side applies of one reconcile pass over namespace llm\n"
                + "# (ReconcileLoopExampleIT). Regenerate with -Dllmisvc.golden.update=true.\n"
                + actualYaml;
        if (!Files.exists(file) || !Files.readString(file).equals(text)) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, text);
          fail(
              file
                  + " rewritten; read the diff, explain it, then run again without"
                  + " -Dllmisvc.golden.update");
        }
      }
      if (!Files.exists(file)) {
        fail(
            "no golden file "
                + file
                + "; run once with -Dllmisvc.golden.update=true and review it");
      }
      JsonNode expected = LlmisvcMapper.yaml().readTree(Files.readString(file));
      // both sides parsed from YAML, so numbers have the same node types
      JsonNode actualTree = LlmisvcMapper.yaml().readTree(actualYaml);
      if (!expected.equals(actualTree)) {
        assertThat(actualYaml).isEqualTo(LlmisvcMapper.writeYaml(expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
