package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the merge cases under {@code src/test/resources/merge/}: each file is a YAML list of cases,
 * each case {@code name}, {@code layers} (specs, ids {@code L1..Ln}) and either {@code expect} (the
 * whole merged spec) or {@code error} (fragments of the message, and the path); optionally {@code
 * provenance} (path: layer id), {@code dropped}, {@code replaced}, {@code conflicts} (per layer id,
 * the paths reported).
 */
class MergeCorpusTest {
  static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private final SpecMerger merger = SpecMerger.kserve();

  @TestFactory
  Stream<DynamicNode> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/merge").toURI());
    List<DynamicNode> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode cases = YAML.readTree(file.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
          tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
        }
        files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
      }
    }
    assertThat(files).isNotEmpty();
    return files.stream();
  }

  private void run(JsonNode c) {
    List<Layer> layers = new ArrayList<>();
    int n = 1;
    for (JsonNode spec : c.path("layers")) {
      layers.add(new Layer("L" + n++, (ObjectNode) spec));
    }
    if (c.has("error")) {
      assertThatThrownBy(() -> merger.merge(layers))
          .isInstanceOfSatisfying(
              MergeException.class,
              e -> {
                assertThat(e.getMessage()).contains(c.get("error").get("message").asText());
                assertThat(e.path()).isEqualTo(c.get("error").get("path").asText());
                assertThat(e.layerId()).isEqualTo(c.get("error").get("layer").asText());
              });
      return;
    }
    MergeResult result = merger.merge(layers);
    JsonNode expected = c.get("expect");
    if (!expected.equals(result.spec())) {
      assertThat(yaml(result.spec())).as(c.get("name").asText()).isEqualTo(yaml(expected));
      fail("equal YAML but different JSON (number types?):%n%s", yaml(expected));
    }
    c.path("provenance")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertThat(result.provenance().layerOf(e.getKey()))
                    .as("provenance of %s in %s", e.getKey(), result.provenance())
                    .hasValue(e.getValue().asText()));
    checkReported(c, "dropped", result, d -> d.droppedZeroValues().stream().map(v -> v.path()));
    checkReported(c, "replaced", result, d -> d.replacedWhole().stream().map(v -> v.path()));
    checkReported(c, "conflicts", result, d -> d.conflictingSources().stream().map(v -> v.path()));
  }

  private void checkReported(
      JsonNode c,
      String field,
      MergeResult result,
      java.util.function.Function<LayerDiagnostics, Stream<String>> paths) {
    if (!c.has(field)) {
      return;
    }
    Map<String, List<String>> actual = new TreeMap<>();
    for (LayerDiagnostics d : result.diagnostics()) {
      List<String> p = paths.apply(d).toList();
      if (!p.isEmpty()) {
        actual.put(d.layerId(), p);
      }
    }
    Map<String, List<String>> expected = new TreeMap<>();
    c.get(field)
        .properties()
        .iterator()
        .forEachRemaining(
            e -> {
              List<String> p = new ArrayList<>();
              e.getValue().forEach(v -> p.add(v.asText()));
              expected.put(e.getKey(), p);
            });
    assertThat(actual).as(field).isEqualTo(expected);
  }

  static String yaml(JsonNode node) {
    try {
      return YAML.writeValueAsString(sorted(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keys sorted, so a failing comparison shows a readable diff. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = YAML.createObjectNode();
      TreeMap<String, JsonNode> keys = new TreeMap<>();
      node.properties()
          .iterator()
          .forEachRemaining(e -> keys.put(e.getKey(), sorted(e.getValue())));
      keys.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = YAML.createArrayNode();
      node.forEach(v -> out.add(sorted(v)));
      return out;
    }
    return node;
  }
}
