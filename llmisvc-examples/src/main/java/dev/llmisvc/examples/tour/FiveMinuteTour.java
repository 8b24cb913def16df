package dev.llmisvc.examples.tour;

import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldExplanation;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import dev.llmisvc.render.diff.DiffSetup;
import dev.llmisvc.render.diff.FieldChange;
import dev.llmisvc.render.diff.FleetDiff;
import dev.llmisvc.render.diff.FleetSummary;
import dev.llmisvc.render.diff.ObjectChange;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * The five-minute tour of the site's getting-started page, runnable: build a multi-node service
 * with the builders, compose it against KServe's built-in presets, render the Kubernetes objects
 * KServe's controller would create (a LeaderWorkerSet among them), and diff a preset change over a
 * small fleet with {@link FleetDiff}. The page quotes the tagged regions of this file, and the
 * build checks that it still does.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.tour.FiveMinuteTour}.
 */
public final class FiveMinuteTour {
  /** The data-parallel preset the multi-node service selects, and the preset the change edits. */
  public static final String DATA_PARALLEL_PRESET = "kserve-config-llm-worker-data-parallel";

  /** The vLLM image the changed preset moves to. */
  public static final String NEW_VLLM_IMAGE = "ghcr.io/llm-d/llm-d-cuda:v0.10.0";

  private FiveMinuteTour() {}

  /**
   * A multi-node DeepSeek-R1 service: 16 data-parallel ranks, 8 per pod, expert parallelism, a
   * leader and a worker pod spec, behind the managed route, gateway and scheduler.
   *
   * @return the service as a user would apply it
   */
  public static LLMInferenceService multiNodeService() {
    // tag::build[]
    LLMInferenceService service =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("deepseek-r1").withNamespace("llm"))
            .spec(
                s ->
                    s.model(
                            m ->
                                m.uri("hf://deepseek-ai/DeepSeek-R1-0528")
                                    .name("deepseek-ai/DeepSeek-R1-0528"))
                        .parallelism(p -> p.data(16).dataLocal(8).expert(true).tensor(1))
                        .template(t -> t.addNewContainer().withName("main").endContainer())
                        .worker(
                            w ->
                                w.addNewContainer()
                                    .withName("main")
                                    .withNewResources()
                                    .addToLimits("nvidia.com/gpu", new Quantity("8"))
                                    .endResources()
                                    .endContainer())
                        .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build();
    // end::build[]
    return service;
  }

  /**
   * Composes a service against the built-in presets, as KServe's controller would.
   *
   * @param service the service
   * @param out where the applied configs and one value's origin are printed
   * @return the composition
   */
  public static Composition<LLMInferenceService> compose(
      LLMInferenceService service, PrintStream out) {
    // tag::compose[]
    Composer composer = Composer.builder().build(); // KServe's built-in presets, default settings
    Composition<LLMInferenceService> composition = composer.compose(service);

    for (AppliedConfigRef applied : composition.appliedConfigs()) {
      out.println("applied " + applied.source() + " " + applied.name());
    }
    for (FieldExplanation leaf :
        composition.explain(FieldPath.parse("worker.containers[name=main].image"))) {
      out.println(
          leaf.path()
              + " = "
              + leaf.value().asText()
              + ", from "
              + leaf.origin().map(FieldOrigin::describe).orElse("?"));
    }
    // end::compose[]
    return composition;
  }

  /**
   * Renders a composition into the objects KServe's controller would create.
   *
   * @param composition a composition that succeeded
   * @param out where each object's kind and name are printed
   * @return the rendering
   */
  public static Rendering render(Composition<LLMInferenceService> composition, PrintStream out) {
    // tag::render[]
    Rendering rendering = Renderer.render(composition, RenderSettings.defaults());

    for (HasMetadata object : rendering.objects()) { // in KServe's creation order
      out.println(object.getKind() + " " + object.getMetadata().getName());
    }
    for (RequiredObject r : rendering.required()) { // what the cluster must already hold
      out.println("requires " + r.kind() + " " + r.namespace() + "/" + r.name());
    }
    // end::render[]
    return rendering;
  }

  /**
   * The preset change the tour diffs: KServe's data-parallel preset with the vLLM image of its
   * leader and worker moved to {@link #NEW_VLLM_IMAGE}.
   *
   * @return the changed preset, under the built-in preset's name and namespace
   */
  public static LLMInferenceServiceConfig changedPreset() {
    // tag::preset-change[]
    LLMInferenceServiceConfig preset =
        PresetCatalog.builtin().config(DATA_PARALLEL_PRESET).orElseThrow();
    LLMInferenceServiceConfig changed =
        preset.toBuilder()
            .spec(
                s ->
                    s.template(
                            t ->
                                t.editMatchingContainer(c -> "main".equals(c.getName()))
                                    .withImage(NEW_VLLM_IMAGE)
                                    .endContainer())
                        .worker(
                            w ->
                                w.editMatchingContainer(c -> "main".equals(c.getName()))
                                    .withImage(NEW_VLLM_IMAGE)
                                    .endContainer()))
            .build();
    // end::preset-change[]
    return changed;
  }

  /**
   * A small fleet: the multi-node service and two single-node ones, one with a router and one
   * without.
   *
   * @return the fleet, in the order the diff reports it
   */
  public static List<LLMInferenceService> fleet() {
    LLMInferenceService withRouter =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen2-7b").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct"))
                        .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build();
    LLMInferenceService withoutRouter =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("opt-125m").withNamespace("team-a"))
            .spec(s -> s.model(m -> m.uri("hf://facebook/opt-125m")))
            .build();
    return List.of(multiNodeService(), withRouter, withoutRouter);
  }

  /**
   * Diffs the preset change over a fleet: what each service's objects would become.
   *
   * @param fleet the services
   * @param changedPreset the proposed preset
   * @param out where each service's impact and changed objects are printed
   * @return the counts by impact
   */
  public static FleetSummary diff(
      List<LLMInferenceService> fleet, LLMInferenceServiceConfig changedPreset, PrintStream out) {
    // tag::diff[]
    FleetDiff diff =
        FleetDiff.between(
            DiffSetup.of(Composer.builder().build()), // the presets running now
            DiffSetup.of( // the proposal: the changed preset wins over the built-in one
                Composer.builder().configs(ConfigSource.inMemory(changedPreset)).build()));

    FleetSummary summary =
        diff.diffAll(
            fleet,
            d -> {
              out.println(d.namespace() + "/" + d.name() + ": " + d.impact());
              for (ObjectChange change : d.objects()) {
                out.println("  " + change.type() + " " + change.ref());
                for (FieldChange f : change.fields()) {
                  out.println(
                      "    "
                          + f.path()
                          + ": "
                          + f.before().orElse(null)
                          + " -> "
                          + f.after().orElse(null));
                }
              }
            });
    out.println(summary);
    // end::diff[]
    return summary;
  }

  /**
   * Runs the whole tour.
   *
   * @param out where each step prints
   */
  public static void run(PrintStream out) {
    LLMInferenceService service = multiNodeService();
    out.println("# compose");
    Composition<LLMInferenceService> composition = compose(service, out);
    out.println("# render");
    render(composition, out);
    out.println("# diff");
    diff(fleet(), changedPreset(), out);
  }

  /**
   * Runs the tour, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
