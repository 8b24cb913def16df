package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.compose.merge.Layer;
import dev.llmisvc.compose.merge.MergeResult;
import dev.llmisvc.compose.merge.SpecMerger;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The merge engine against plain Jackson on the same five documents (a workload preset, a scheduler
 * preset, a route preset, a hardware profile, a service; {@code merge-layers/}): {@link #merge}
 * folds them with {@link SpecMerger}; {@link #jsonParseAndWrite} and {@link #yamlParseAndWrite}
 * only read and write them, the floor any tree-based merge pays.
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks -pl llmisvc-benchmarks -am package -DskipTests} then {@code
 * java -jar llmisvc-benchmarks/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MergeBenchmark {
  static final List<String> DOCUMENTS =
      List.of(
          "1-workload-preset.yaml",
          "2-scheduler-preset.yaml",
          "3-route-preset.yaml",
          "4-hardware-profile.yaml",
          "5-service.yaml");

  private final ObjectMapper json = new ObjectMapper();
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final SpecMerger merger = SpecMerger.kserve();
  private List<Layer> layers;
  private List<String> jsonTexts;
  private List<String> yamlTexts;

  @Setup
  public void load() throws IOException {
    layers = new ArrayList<>();
    jsonTexts = new ArrayList<>();
    yamlTexts = new ArrayList<>();
    for (String name : DOCUMENTS) {
      try (InputStream in = MergeBenchmark.class.getResourceAsStream("/merge-layers/" + name)) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        ObjectNode spec = (ObjectNode) yaml.readTree(text);
        layers.add(new Layer(name, spec));
        yamlTexts.add(text);
        jsonTexts.add(json.writeValueAsString(spec));
      }
    }
  }

  @Benchmark
  public MergeResult merge() {
    return merger.merge(layers);
  }

  @Benchmark
  public int jsonParseAndWrite() throws IOException {
    int size = 0;
    for (String text : jsonTexts) {
      JsonNode tree = json.readTree(text);
      size += json.writeValueAsString(tree).length();
    }
    return size;
  }

  @Benchmark
  public int yamlParseAndWrite() throws IOException {
    int size = 0;
    for (String text : yamlTexts) {
      JsonNode tree = yaml.readTree(text);
      size += yaml.writeValueAsString(tree).length();
    }
    return size;
  }
}
