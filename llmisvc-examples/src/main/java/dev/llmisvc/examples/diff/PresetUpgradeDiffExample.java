package dev.llmisvc.examples.diff;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.render.diff.DiffSetup;
import dev.llmisvc.render.diff.DiffText;
import dev.llmisvc.render.diff.FleetDiff;
import dev.llmisvc.render.diff.FleetSummary;
import dev.llmisvc.render.diff.ServiceDiff;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a preset upgrade does to a fleet, before it is rolled out: four services of different
 * shapes, each composed and rendered twice, against KServe's built-in presets ("before") and
 * against the same catalog with two presets upgraded ("after"), and the rendered objects compared.
 *
 * <p>The upgrade changes {@code kserve-config-llm-template} (a new vLLM image, {@value
 * #NEW_VLLM_IMAGE}) and {@code kserve-config-llm-scheduler} (the endpoint picker gets {@code --v
 * 3}, a higher log verbosity). An upgraded catalog is supplied the way an administrator installs
 * one: as configs with the presets' own names in the system namespace, which the composer asks
 * before the built-in catalog, so each replaces its built-in namesake whole. The two configs are
 * built from the built-in ones with the builders, changing one value each.
 *
 * <p>The fleet shows the four outcomes of such an upgrade:
 *
 * <ul>
 *   <li>{@code llm/qwen-chat}, single node behind the managed scheduler: takes the new image from
 *       the template preset and the new scheduler argument, so its vLLM pods restart;
 *   <li>{@code llm/opt-batch}, single node without a router: takes the new image, pods restart;
 *   <li>{@code llm/llama-pd}, prefill/decode: its pods come from {@code
 *       kserve-config-llm-prefill-template} and {@code kserve-config-llm-decode-template}, which
 *       did not change, so only its scheduler changes: routing only;
 *   <li>{@code llm/granite-cpu}, its own CPU image, route without scheduler: its image wins over
 *       the preset's, and it has no scheduler, so nothing changes.
 * </ul>
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.diff.PresetUpgradeDiffExample}.
 */
public final class PresetUpgradeDiffExample {
  /** The namespace KServe's presets live in. */
  public static final String SYSTEM_NAMESPACE = "kserve";

  /** The vLLM image of the built-in {@code kserve-config-llm-template}. */
  public static final String OLD_VLLM_IMAGE = "ghcr.io/llm-d/llm-d-cuda:v0.9.0";

  /** The vLLM image of the upgraded {@code kserve-config-llm-template}. */
  public static final String NEW_VLLM_IMAGE = "ghcr.io/llm-d/llm-d-cuda:v0.9.1";

  /** The workload preset the upgrade changes. */
  public static final String TEMPLATE_PRESET = "kserve-config-llm-template";

  /** The scheduler preset the upgrade changes. */
  public static final String SCHEDULER_PRESET = "kserve-config-llm-scheduler";

  private static final Predicate<ContainerBuilder> MAIN = c -> "main".equals(c.getName());

  private PresetUpgradeDiffExample() {}

  /**
   * The fleet, built with the v1alpha2 builders.
   *
   * @return four services of different shapes, in the order they are diffed
   */
  public static List<LLMInferenceService> fleet() {
    return List.of(
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen-chat").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct"))
                        .replicas(2)
                        .template(t -> gpus(t, "nvidia.com/gpu"))
                        .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build(),
        LLMInferenceService.builder()
            .metadata(m -> m.withName("opt-batch").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://facebook/opt-125m"))
                        .replicas(1)
                        .template(t -> gpus(t, "nvidia.com/gpu")))
            .build(),
        LLMInferenceService.builder()
            .metadata(m -> m.withName("llama-pd").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://meta-llama/Llama-3.1-8B-Instruct"))
                        .replicas(1)
                        .template(t -> gpus(t, "nvidia.com/gpu"))
                        .prefill(p -> p.replicas(2).template(t -> gpus(t, "nvidia.com/gpu")))
                        .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build(),
        LLMInferenceService.builder()
            .metadata(m -> m.withName("granite-cpu").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://ibm-granite/granite-3.1-2b-instruct"))
                        .replicas(1)
                        .template(
                            t ->
                                t.addNewContainer()
                                    .withName("main")
                                    .withImage("vllm/vllm-openai-cpu:v0.11.0")
                                    .withNewResources()
                                    .addToLimits("cpu", new Quantity("4"))
                                    .addToLimits("memory", new Quantity("16Gi"))
                                    .endResources()
                                    .endContainer())
                        .router(r -> r.route(route -> {}).gateway(g -> {})))
            .build());
  }

  private static void gpus(io.fabric8.kubernetes.api.model.PodSpecBuilder t, String resource) {
    t.addNewContainer()
        .withName("main")
        .withNewResources()
        .addToLimits(resource, new Quantity("1"))
        .addToRequests(resource, new Quantity("1"))
        .endResources()
        .endContainer();
  }

  /**
   * The upgraded {@value #TEMPLATE_PRESET}: the built-in one with container {@code main} on {@value
   * #NEW_VLLM_IMAGE}.
   *
   * @return the config, named and placed like the preset it replaces
   */
  public static LLMInferenceServiceConfig upgradedTemplate() {
    // tag::upgraded-template[]
    return builtin(TEMPLATE_PRESET).toBuilder()
        .spec(
            s ->
                s.template(
                    t -> t.editMatchingContainer(MAIN).withImage(NEW_VLLM_IMAGE).endContainer()))
        .build();
    // end::upgraded-template[]
  }

  /**
   * The upgraded {@value #SCHEDULER_PRESET}: the built-in one with {@code --v 3} appended to the
   * endpoint picker's command.
   *
   * @return the config, named and placed like the preset it replaces
   */
  public static LLMInferenceServiceConfig upgradedScheduler() {
    return builtin(SCHEDULER_PRESET).toBuilder()
        .spec(
            s ->
                s.router(
                    r ->
                        r.scheduler(
                            x ->
                                x.template(
                                    t ->
                                        t.editMatchingContainer(MAIN)
                                            .addToCommand("--v", "3")
                                            .endContainer()))))
        .build();
  }

  /**
   * A built-in preset as a typed config, placed in {@value #SYSTEM_NAMESPACE}.
   *
   * @param name the preset's name
   * @return the config
   */
  static LLMInferenceServiceConfig builtin(String name) {
    return PresetCatalog.builtin(SYSTEM_NAMESPACE).config(name).orElseThrow();
  }

  /**
   * The diff between the built-in presets and the upgraded ones.
   *
   * @return the fleet diff; both sides use KServe's default controller settings
   */
  public static FleetDiff diff() {
    // tag::diff[]
    DiffSetup before = DiffSetup.of(Composer.builder().build());
    // the upgraded presets come first, the built-in catalog answers for the other nine
    DiffSetup after =
        DiffSetup.of(
            Composer.builder()
                .configs(ConfigSource.inMemory(upgradedTemplate(), upgradedScheduler()))
                .build());
    return FleetDiff.between(before, after);
    // end::diff[]
  }

  /**
   * Diffs the fleet and prints each service's diff, then the summary.
   *
   * @param out where the text goes
   * @return the diffs, in fleet order
   */
  public static List<ServiceDiff> run(PrintStream out) {
    List<ServiceDiff> diffs = new ArrayList<>();
    // tag::print[]
    FleetSummary summary =
        diff()
            .diffAll(
                fleet(),
                d -> {
                  diffs.add(d);
                  DiffText.service(d).forEach(out::println);
                });
    out.println();
    out.println(DiffText.summary(summary));
    // end::print[]
    return List.copyOf(diffs);
  }

  /** Prints what the upgrade does to the fleet. */
  public static void main(String[] args) {
    run(System.out);
  }
}
