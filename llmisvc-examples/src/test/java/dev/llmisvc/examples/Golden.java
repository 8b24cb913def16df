package dev.llmisvc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.render.Rendering;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files, two per example, both compared as trees so that formatting alone never fails a
 * test, and both shown as YAML text on a mismatch so that the failure reads like a manifest diff:
 *
 * <ul>
 *   <li>{@code src/test/resources/golden/<pattern>.yaml}: the composition's effective service;
 *   <li>{@code src/test/resources/golden/<pattern>.rendered.yaml}: the rendered objects, one YAML
 *       document each in creation order, as {@link Rendering#toYaml()} writes them.
 * </ul>
 *
 * <p>Every effective-service golden records the applied configs in {@code status.appliedConfigs}.
 * The v1alpha2 model carries them; the v1alpha1 model has no such field, so for a v1alpha1 service
 * they are added from {@link Composition#appliedConfigs()}.
 *
 * <p>To regenerate after a deliberate change, run the tests with {@code
 * -Dllmisvc.golden.update=true} (the one update flag of the whole build): a rewritten file fails
 * its test, so read its diff and explain it before committing it, then run again without the flag.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** The effective service of {@code c} equals {@code golden/<pattern>.yaml}. */
  static void assertMatches(String pattern, Composition<?> c) {
    ObjectNode actual = (ObjectNode) LlmisvcMapper.toTree(c.effective());
    if (!actual.has("status") && !c.appliedConfigs().isEmpty()) {
      actual.putObject("status").set("appliedConfigs", LlmisvcMapper.toTree(c.appliedConfigs()));
    }
    compare(
        DIR.resolve(pattern + ".yaml"),
        "# Golden file: the composed " + pattern + " example (ExampleTests).",
        LlmisvcMapper.writeYaml(actual),
        false);
  }

  /** The objects of {@code r}, in creation order, equal {@code golden/<pattern>.rendered.yaml}. */
  static void assertRenderedMatches(String pattern, Rendering r) {
    compare(
        DIR.resolve(pattern + ".rendered.yaml"),
        "# Golden file: the objects rendered for the "
            + pattern
            + " example, in creation order (ExampleTests).",
        r.toYaml(),
        true);
  }

  private static void compare(Path file, String header, String actualYaml, boolean stream) {
    try {
      if (Boolean.getBoolean("llmisvc.golden.update")) {
        String text = header + " Regenerate with -Dllmisvc.golden.update=true.\n" + actualYaml;
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
      // Both sides parsed from YAML, so numbers have the same node types.
      List<JsonNode> expected = documents(Files.readString(file));
      List<JsonNode> actual = documents(actualYaml);
      if (!expected.equals(actual)) {
        assertThat(actualYaml).isEqualTo(text(expected, stream));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a YAML stream as a tree; comments and empty documents dropped. */
  private static List<JsonNode> documents(String yaml) {
    return LlmisvcMapper.readAll(yaml, JsonNode.class).stream()
        .filter(d -> d != null && !d.isMissingNode() && !d.isNull())
        .toList();
  }

  /** Documents written back as the actual side is written, so the diff shows only real changes. */
  private static String text(List<JsonNode> documents, boolean stream) {
    if (!stream && documents.size() == 1) {
      return LlmisvcMapper.writeYaml(documents.get(0));
    }
    StringBuilder out = new StringBuilder();
    for (JsonNode d : documents) {
      out.append("---\n").append(LlmisvcMapper.writeYaml(d));
    }
    return out.toString();
  }
}
