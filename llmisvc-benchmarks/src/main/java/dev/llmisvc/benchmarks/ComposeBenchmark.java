package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full composition of a realistic single-node service against plain Jackson on the same
 * documents, single-threaded.
 *
 * <p>The service ({@code compose/service.yaml}: router with route, gateway and scheduler, one
 * baseRef) selects three built-in presets, {@code kserve-config-llm-scheduler}, {@code
 * kserve-config-llm-router-route} and {@code kserve-config-llm-template}; its baseRef {@code
 * h100-profile} ({@code compose/h100-profile.yaml}) comes from an {@link InMemoryConfigSource}.
 * {@link #compose} runs the whole pipeline of composition.md (webhook defaults, pins, shape pass,
 * preset selection, lookups, the five-layer merge, the post-merge steps with template substitution,
 * provenance).
 *
 * <p>The baselines read and write the same five objects (the service, the baseRef, the three
 * presets as the catalog holds them) with Jackson: {@link #jsonParseAndWrite} as compact JSON,
 * {@link #yamlParseAndWrite} as YAML. The goals (issue text): {@code compose} at 5,000 ops/s or
 * more on one core, and at most 2x the parse+write cost.
 *
 * <p>Run (ops/s): {@code java -jar llmisvc-benchmarks/target/benchmarks.jar ComposeBenchmark}; add
 * {@code -bm avgt -tu us} for µs/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ComposeBenchmark {
  static final String NAMESPACE = "llm";

  /** The presets the service's shape selects, in KServe's order. */
  static final List<String> PRESETS =
      List.of(
          "kserve-config-llm-scheduler",
          "kserve-config-llm-router-route",
          "kserve-config-llm-template");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final ObjectMapper json = new ObjectMapper();
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  Composer composer;
  ObjectNode service;
  ObjectNode baseRef;
  List<ObjectNode> documents;
  private List<String> jsonTexts;
  private List<String> yamlTexts;

  @Setup
  public void setUp() throws IOException {
    service = resource("compose/service.yaml");
    baseRef = resource("compose/h100-profile.yaml");
    composer =
        Composer.builder()
            .configs(InMemoryConfigSource.builder(NAMESPACE).add(baseRef, "benchmark").build())
            .build();
    check(composer.compose(service));

    PresetCatalog catalog = PresetCatalog.builtin();
    documents = new ArrayList<>();
    documents.add(service);
    documents.add(baseRef);
    for (String preset : PRESETS) {
      documents.add(catalog.preset(preset).orElseThrow());
    }
    jsonTexts = new ArrayList<>();
    yamlTexts = new ArrayList<>();
    for (ObjectNode document : documents) {
      jsonTexts.add(json.writeValueAsString(document));
      yamlTexts.add(yaml.writeValueAsString(document));
    }
  }

  /** Fails the run when the composition is not the one this benchmark claims to measure. */
  static void check(Composition<?> c) {
    if (!c.condition().succeeded() || c.spec().isEmpty()) {
      throw new IllegalStateException("composition failed: " + c.condition());
    }
    List<String> names = c.appliedConfigs().stream().map(AppliedConfigRef::name).toList();
    List<String> expected = new ArrayList<>(PRESETS);
    expected.add("h100-profile");
    if (!names.equals(expected)) {
      throw new IllegalStateException("applied configs " + names + ", expected " + expected);
    }
    String image = c.spec().get().at("/template/containers/0/image").asText("");
    if (image.isEmpty() || image.contains("{{")) {
      throw new IllegalStateException("template not rendered: " + c.spec().get());
    }
  }

  static ObjectNode resource(String name) {
    try (InputStream in = ComposeBenchmark.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Composition<ObjectNode> compose() {
    return composer.compose(service);
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
