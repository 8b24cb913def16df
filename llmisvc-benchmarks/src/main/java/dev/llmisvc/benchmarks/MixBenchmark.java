package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Composition over a realistic mix of service shapes ({@link ServiceShape}), against plain Jackson
 * on the same documents, single-threaded, so that each ratio is taken within one run.
 *
 * <p>{@code shape} is one of the {@link ServiceShape}s, or {@code MIX}: every operation takes the
 * next shape in turn, so the score is the mean over the shapes, and code paths specialised for one
 * shape (by the JIT or by a cache) do not look better than they are.
 *
 * <ul>
 *   <li>{@link #compose}: {@code Composer.compose} of the typed service (v1alpha2, or v1alpha1 for
 *       the hardware-profile shape), the composer built once in the setup with the built-in presets
 *       and the hardware profile in an {@link InMemoryConfigSource}.
 *   <li>{@link #jsonParseAndWrite}: Jackson {@code readTree} and {@code writeValueAsString}, as
 *       compact JSON, of the documents that composition reads: the service, its baseRefs and the
 *       presets it applied, as the catalog holds them.
 * </ul>
 *
 * <p>The setup fails when a composition does not succeed, leaves a template unrendered or does not
 * apply the config its shape is about.
 *
 * <p>Run (µs/op): {@code java -jar llmisvc-benchmarks/target/benchmarks.jar MixBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class MixBenchmark {
  @Param({
    "SINGLE_NODE_ROUTER",
    "MULTI_NODE_DP_EP",
    "PREFILL_DECODE",
    "PD_MULTI_NODE",
    "LORA_ADAPTERS",
    "HARDWARE_PROFILE",
    "MIX"
  })
  public String shape;

  private final ObjectMapper json = new ObjectMapper();

  private Composer composer;

  /** The typed services of the shapes measured, in turn. */
  private Object[] services;

  /** For each service, the JSON texts of the documents its composition reads. */
  private String[][] documents;

  private int next;

  @Setup
  public void setUp() throws IOException {
    InMemoryConfigSource configs = ServiceShape.configs();
    composer = Composer.builder().configs(configs).build();
    PresetCatalog catalog = PresetCatalog.builtin();
    List<ServiceShape> shapes =
        shape.equals("MIX") ? ServiceShape.ALL : List.of(ServiceShape.valueOf(shape));
    services = new Object[shapes.size()];
    documents = new String[shapes.size()][];
    for (int i = 0; i < shapes.size(); i++) {
      ServiceShape s = shapes.get(i);
      services[i] = s.typed();
      Composition<?> c = ServiceShape.compose(composer, services[i]);
      s.checkComposed(c);
      List<String> texts = new ArrayList<>();
      texts.add(json.writeValueAsString(LlmisvcMapper.toTree(services[i])));
      for (AppliedConfigRef applied : c.appliedConfigs()) {
        Optional<JsonNode> preset = catalog.preset(applied.name()).map(JsonNode.class::cast);
        JsonNode config =
            preset
                .or(() -> configs.config("kserve", applied.name()).map(ConfigDocument::object))
                .orElseThrow(
                    () -> new IllegalStateException(s + ": config not found: " + applied.name()));
        texts.add(json.writeValueAsString(config));
      }
      documents[i] = texts.toArray(String[]::new);
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == services.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Composition<?> compose() {
    return ServiceShape.compose(composer, services[nextIndex()]);
  }

  @Benchmark
  public int jsonParseAndWrite() throws IOException {
    int size = 0;
    for (String text : documents[nextIndex()]) {
      JsonNode tree = json.readTree(text);
      size += json.writeValueAsString(tree).length();
    }
    return size;
  }
}
