package dev.llmisvc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: a composition's effective service, as written, compared as a tree with {@code
 * src/test/resources/golden/<pattern>.yaml}. On a mismatch the failure shows both documents as
 * YAML, so the diff reads like a manifest diff.
 *
 * <p>Every golden file records the applied configs in {@code status.appliedConfigs}. The v1alpha2
 * model carries them; the v1alpha1 model has no such field, so for a v1alpha1 service they are
 * added from {@link Composition#appliedConfigs()}.
 *
 * <p>To regenerate after a deliberate change, run the tests with {@code
 * -Dllmisvc.golden.update=true} (the one update flag of the whole build): a rewritten file fails
 * its test, so read its diff and explain it before committing it, then run again without the flag.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void assertMatches(String pattern, Composition<?> c) {
    ObjectNode actual = (ObjectNode) LlmisvcMapper.toTree(c.effective());
    if (!actual.has("status") && !c.appliedConfigs().isEmpty()) {
      actual.putObject("status").set("appliedConfigs", LlmisvcMapper.toTree(c.appliedConfigs()));
    }
    assertMatches(pattern, actual);
  }

  private static void assertMatches(String pattern, JsonNode actual) {
    Path file = DIR.resolve(pattern + ".yaml");
    String actualYaml = LlmisvcMapper.writeYaml(actual);
    try {
      if (Boolean.getBoolean("llmisvc.golden.update")) {
        String text =
            "# Golden file: the composed "
                + pattern
                + " example (ExampleTests). Regenerate with -Dllmisvc.golden.update=true.\n"
                + actualYaml;
        if (!Files.exists(file) || !Files.readString(file).equals(text)) {
          Files.writeString(file, text);
          // nothing is blessed silently: a rewritten golden fails until its diff has been read
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
      // Both sides parsed from YAML, so numbers have the same node types.
      JsonNode actualTree = LlmisvcMapper.yaml().readTree(actualYaml);
      if (!expected.equals(actualTree)) {
        assertThat(actualYaml).isEqualTo(LlmisvcMapper.writeYaml(expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
