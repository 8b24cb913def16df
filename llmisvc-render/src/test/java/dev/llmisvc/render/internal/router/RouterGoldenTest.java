package dev.llmisvc.render.internal.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.EffectiveServices;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the router cases under {@code src/test/resources/router/<case>/}:
 *
 * <ul>
 *   <li>{@code service.yaml}: the service as a user writes it; composed with the built-in presets
 *       by {@link EffectiveServices};
 *   <li>{@code options.yaml} (optional): {@code settings} ({@code enableTls}, {@code
 *       modelBasedRoutingMode}, {@code modelBasedRoutingHeaderName}, {@code inferencePoolVersions})
 *       and {@code facts} ({@code gateways} with annotations, {@code liveHttpRoute}, {@code
 *       liveSchedulerArgs}, {@code routingGroupMembers});
 *   <li>{@code expected.yaml}: the whole rendering, {@code objects} (in order, as fabric8 writes
 *       them), {@code required} and {@code warnings}. Its header says which sections of
 *       rendering.md pin what.
 * </ul>
 *
 * <p>The tokenizer's model-artifact step is a stand-in that adds volume {@code
 * test-model-artifacts}, so a golden shows where it was applied. Run with {@code
 * -Dllmisvc.golden.update=true} to write actual outputs for review; a written file is committed
 * only after each value has been checked against rendering.md.
 */
class RouterGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("llmisvc.golden.update");
  private static final Path SOURCE_DIR = Path.of("src/test/resources/router");

  static final UnaryOperator<PodSpec> MARK_MODEL_ARTIFACTS =
      pod ->
          new PodSpecBuilder(pod)
              .addNewVolume()
              .withName("test-model-artifacts")
              .withNewEmptyDir()
              .endEmptyDir()
              .endVolume()
              .build();

  @TestFactory
  Stream<DynamicTest> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/router").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path c : entries.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private void run(Path dir) throws IOException {
    JsonNode options =
        Files.exists(dir.resolve("options.yaml"))
            ? RenderedTrees.YAML.readTree(dir.resolve("options.yaml").toFile())
            : JsonNodeFactory.instance.objectNode();
    ControllerSettings settings = RouterCases.settings(options.path("settings"));
    LLMInferenceService svc =
        EffectiveServices.compose(Files.readString(dir.resolve("service.yaml")), settings);
    RouterRendering rendering =
        RouterObjects.render(
            svc, settings, RouterCases.facts(options.path("facts")), MARK_MODEL_ARTIFACTS);
    JsonNode actual = RenderedTrees.document(rendering);
    String name = dir.getFileName().toString();
    Path expectedFile = dir.resolve("expected.yaml");
    if (UPDATE) {
      Path target = SOURCE_DIR.resolve(name).resolve("expected.yaml");
      String header = header(target);
      Files.writeString(target, header + RenderedTrees.yaml(actual));
      expectedFile = target;
    }
    assertThat(expectedFile).as(name).exists();
    JsonNode expected = RenderedTrees.YAML.readTree(expectedFile.toFile());
    if (!expected.equals(actual)) {
      assertThat(RenderedTrees.yaml(actual))
          .as(name + ": expected.yaml")
          .isEqualTo(RenderedTrees.yaml(expected));
      throw new AssertionError(name + ": expected.yaml differs only in value types");
    }
  }

  /** The comment lines at the top of an existing golden, kept when it is rewritten. */
  private static String header(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("#")) {
        break;
      }
      b.append(line).append('\n');
    }
    return b.toString();
  }
}
