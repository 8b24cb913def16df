package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.validation.Defaulter;
import dev.llmisvc.compose.internal.ConfigNameResolver;
import dev.llmisvc.compose.internal.postmerge.PostMergeContext;
import dev.llmisvc.compose.internal.postmerge.PostMergeSteps;
import dev.llmisvc.compose.merge.Layer;
import dev.llmisvc.compose.merge.MergeResult;
import dev.llmisvc.compose.merge.SpecLeaves;
import dev.llmisvc.compose.merge.SpecMerger;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.CatalogConfigSource;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import dev.llmisvc.compose.template.ConfigTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The stages of {@link ComposeBenchmark#compose}, each alone, through the public API and on the
 * same documents, so the cost of one composition can be split. What {@code Composer.compose} runs
 * per call, and the benchmark that measures it:
 *
 * <ul>
 *   <li>{@link #lookups}: every config fetched twice (once for the missing-configs report, once for
 *       the composition), each fetch a deep copy of the stored object;
 *   <li>{@link #shapeMerges}: the shape pass, a two-layer merge, also run twice;
 *   <li>{@link #merge}: the five-layer merge (three presets, the baseRef, the service), with its
 *       provenance, and the copy {@code MergeResult.spec()} makes;
 *   <li>{@link #templateRender}: template substitution of the whole config object (Go JSON text, Go
 *       template parse and execute, JSON parse of the output);
 *   <li>{@link #specLeaves}: one leaf walk of the effective spec; the composer runs 20 (before and
 *       after each of the ten post-merge steps);
 *   <li>{@link #postMergeStepsWithoutTemplates}: the nine other post-merge steps.
 * </ul>
 *
 * <p>The stages do not add up exactly to a composition (defaults, pinning, copies of the service
 * and metadata, the provenance map and the diff of the leaf maps are left out), but they show where
 * the time goes. Reported as µs/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ComposeStagesBenchmark {
  private final SpecMerger merger = SpecMerger.kserve();
  private final ControllerSettings settings = ControllerSettings.defaults();

  private ConfigSource source;
  private List<String> configNames;
  private ObjectNode svc;
  private List<Layer> shapeLayers;
  private List<Layer> layers;
  private ObjectNode preTemplateConfig;
  private ObjectNode mergedSpec;

  @Setup
  public void setUp() {
    ObjectNode service = ComposeBenchmark.resource("compose/service.yaml");
    ObjectNode baseRef = ComposeBenchmark.resource("compose/h100-profile.yaml");
    source =
        CatalogConfigSource.userThenBuiltin(
            InMemoryConfigSource.builder(ComposeBenchmark.NAMESPACE)
                .add(baseRef, "benchmark")
                .build(),
            PresetCatalog.builtin(settings.systemNamespace()).withPrefix(settings.configPrefix()));
    configNames = new ArrayList<>(ComposeBenchmark.PRESETS);
    configNames.add("h100-profile");

    // The service as the composer sees it: webhook defaults and pins applied.
    svc = Defaulter.applyWebhookDefaults(service.deepCopy());
    new ConfigNameResolver(settings.configPrefix(), settings.versionedConfigs()).attach(svc);
    ObjectNode spec = (ObjectNode) svc.get("spec");
    ObjectNode profileSpec = find("h100-profile").spec();
    shapeLayers = List.of(new Layer("shape", spec), new Layer("h100-profile", profileSpec));

    layers = new ArrayList<>();
    for (String preset : ComposeBenchmark.PRESETS) {
      layers.add(new Layer(preset, find(preset).spec()));
    }
    layers.add(new Layer("h100-profile", profileSpec));
    layers.add(new Layer("service", spec));

    // The config object just before template substitution: metadata plus the merged spec after
    // the pool selector and service account defaults.
    ObjectNode config = svc.objectNode();
    config.set("metadata", svc.get("metadata").deepCopy());
    config.set("spec", merger.merge(layers).spec());
    PostMergeContext context = context();
    PostMergeSteps.inOrder(PostMergeSteps.templatesLeftAsIs()).subList(0, 2).stream()
        .forEach(step -> step.apply(config, context));
    preTemplateConfig = config;
    mergedSpec =
        ConfigTemplate.render("kserve-config-llm-template", preTemplateConfig, svc, settings);
    mergedSpec = (ObjectNode) mergedSpec.get("spec");
  }

  /**
   * KServe's {@code getConfig}, as the composer's (package-private) {@code ConfigLookup} runs it:
   * the service's namespace first, then the system namespace.
   */
  private ConfigDocument find(String name) {
    return source
        .config(ComposeBenchmark.NAMESPACE, name)
        .or(() -> source.config(settings.systemNamespace(), name))
        .orElseThrow(() -> new IllegalStateException("config not found: " + name));
  }

  private PostMergeContext context() {
    return PostMergeContext.of(svc, settings.systemNamespace(), source);
  }

  @Benchmark
  public int lookups() {
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (String name : configNames) {
        n += find(name).object().size();
      }
    }
    return n;
  }

  @Benchmark
  public int shapeMerges() {
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
      n += merger.merge(shapeLayers).spec().size();
    }
    return n;
  }

  @Benchmark
  public ObjectNode merge() {
    MergeResult result = merger.merge(layers);
    result.provenance().entries();
    return result.spec();
  }

  @Benchmark
  public ObjectNode templateRender() {
    return ConfigTemplate.render("kserve-config-llm-template", preTemplateConfig, svc, settings);
  }

  @Benchmark
  public Map<String, JsonNode> specLeaves() {
    return SpecLeaves.of(mergedSpec);
  }

  @Benchmark
  public ObjectNode postMergeStepsWithoutTemplates() {
    ObjectNode config = preTemplateConfig.deepCopy();
    PostMergeSteps.run(
        PostMergeSteps.inOrder(PostMergeSteps.templatesLeftAsIs()), config, context());
    return config;
  }
}
