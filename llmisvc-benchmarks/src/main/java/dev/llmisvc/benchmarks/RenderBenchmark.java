package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rendering beside composition, in one run, for a single-node service and a multi-node
 * prefill/decode service ({@link RenderInput}), single-threaded, against plain Jackson on the same
 * documents.
 *
 * <ul>
 *   <li>{@link #compose}: {@code Composer.compose} of the typed service (built-in presets only).
 *   <li>{@link #render}: {@code Renderer.render} of the effective v1alpha2 service, composed once
 *       in the setup.
 *   <li>{@link #composeAndRender}: both, as a caller writes it, {@code
 *       Renderer.render(composer.compose(s), settings)}; it also pays for {@code
 *       Composition.hub()}, the effective tree read back as a typed service, which neither of the
 *       two above includes.
 *   <li>{@link #renderToYaml}: {@link #render} and {@code Rendering.toYaml()}.
 *   <li>{@link #composeRenderToYaml}: the whole of what {@code llmisvc render} does for one service
 *       after reading it, and the workload that does what the baselines do.
 *   <li>{@link #jsonParseAndWrite}, {@link #yamlParseAndWrite}: the baseline of the issue, plain
 *       Jackson reading the input documents (the service and the presets it applied, as the catalog
 *       holds them) from text and writing the output documents (the rendered objects, as trees) to
 *       text, as compact JSON or as YAML.
 * </ul>
 *
 * <p>Goals (issue text): {@code render} at most {@code compose}; compose+render at most 2x the
 * parse+write baseline. Compare only within one run. The setup fails when the composition applies
 * other presets or the rendering holds other objects than {@link RenderInput} expects.
 *
 * <p>Run (µs/op): {@code java -jar llmisvc-benchmarks/target/benchmarks.jar RenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RenderBenchmark {
  @Param({"SINGLE_NODE", "PD_MULTI_NODE"})
  public RenderInput input;

  private final ObjectMapper json = new ObjectMapper();
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final RenderSettings settings = RenderSettings.defaults();

  private Composer composer;
  private LLMInferenceService service;
  private LLMInferenceService effective;
  private List<String> jsonInputs;
  private List<String> yamlInputs;
  private List<JsonNode> outputs;

  @Setup
  public void setUp() throws IOException {
    composer = Composer.builder().build();
    service = input.service();
    Composition<LLMInferenceService> c = composer.compose(service);
    RenderInput.checkComposed(c);
    effective = c.hub();
    Rendering rendering = Renderer.render(effective, settings);
    input.checkRendered(rendering);
    // rendering must not change its input: a second rendering of the same object is the same
    if (!Renderer.render(effective, settings).toYaml().equals(rendering.toYaml())) {
      throw new IllegalStateException(input + ": a second render differs from the first");
    }

    PresetCatalog catalog = PresetCatalog.builtin();
    List<JsonNode> inputs = new ArrayList<>();
    inputs.add(LlmisvcMapper.toTree(service));
    for (AppliedConfigRef applied : c.appliedConfigs()) {
      inputs.add(
          catalog
              .preset(applied.name())
              .orElseThrow(() -> new IllegalStateException("not a preset: " + applied.name())));
    }
    jsonInputs = new ArrayList<>();
    yamlInputs = new ArrayList<>();
    for (JsonNode document : inputs) {
      jsonInputs.add(json.writeValueAsString(document));
      yamlInputs.add(yaml.writeValueAsString(document));
    }
    outputs = new ArrayList<>();
    for (HasMetadata o : rendering.objects()) {
      outputs.add(yaml.readTree(Rendering.toYaml(o)));
    }
  }

  @Benchmark
  public Composition<LLMInferenceService> compose() {
    return composer.compose(service);
  }

  @Benchmark
  public Rendering render() {
    return Renderer.render(effective, settings);
  }

  @Benchmark
  public Rendering composeAndRender() {
    return Renderer.render(composer.compose(service), settings);
  }

  @Benchmark
  public String renderToYaml() {
    return Renderer.render(effective, settings).toYaml();
  }

  @Benchmark
  public String composeRenderToYaml() {
    return Renderer.render(composer.compose(service), settings).toYaml();
  }

  @Benchmark
  public int jsonParseAndWrite(Blackhole bh) throws IOException {
    return parseAndWrite(json, jsonInputs, bh);
  }

  @Benchmark
  public int yamlParseAndWrite(Blackhole bh) throws IOException {
    return parseAndWrite(yaml, yamlInputs, bh);
  }

  private int parseAndWrite(ObjectMapper mapper, List<String> inputTexts, Blackhole bh)
      throws IOException {
    for (String text : inputTexts) {
      bh.consume(mapper.readTree(text));
    }
    int size = 0;
    for (JsonNode tree : outputs) {
      size += mapper.writeValueAsString(tree).length();
    }
    return size;
  }
}
