package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * Multi-node data parallel with expert parallelism (KServe's dp-ep pattern): {@code spec.worker}
 * plus {@code parallelism.data > 0} selects {@code kserve-config-llm-worker-data-parallel}, whose
 * leader and worker launch scripts get {@code --data-parallel-size 16}, {@code
 * --data-parallel-size-local 8} and {@code --enable-expert-parallel} from this spec by template
 * substitution.
 *
 * <p>Rendered, the workload is a LeaderWorkerSet {@code <n>-kserve-mn} (group size 16 / 8 = 2: a
 * leader and one worker) with its ServiceAccount {@code <n>-kserve-mn}, instead of a Deployment.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.MultiNodeDataParallelExample} (or see the
 * examples page of the site).
 */
public final class MultiNodeDataParallelExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/multi-node-dp-ep/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("parallelism.data"),
          FieldPath.parse("template.containers[name=main].image"),
          FieldPath.parse("template.containers[name=main].command"),
          FieldPath.parse("worker.containers[name=main].command"),
          FieldPath.parse("worker.containers[name=main].env[name=VLLM_ALL2ALL_BACKEND].value"));

  private MultiNodeDataParallelExample() {}

  /**
   * The service, built with the v1alpha2 builders: 16 data-parallel ranks, 8 per node, expert
   * parallelism, the same eight-GPU container for leader and worker.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("deepseek-r1-dp-ep").withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://deepseek-ai/DeepSeek-R1-0528")
                                .name("deepseek-ai/DeepSeek-R1-0528"))
                    .replicas(1)
                    .parallelism(p -> p.data(16).dataLocal(8).expert(true).tensor(1))
                    .template(MultiNodeDataParallelExample::eightGpus)
                    .worker(MultiNodeDataParallelExample::eightGpus)
                    .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(sch -> {})))
        .build();
  }

  /** Container {@code main} with the all-to-all backend and eight GPUs; leader and worker alike. */
  private static void eightGpus(PodSpecBuilder pod) {
    pod.addNewContainer()
        .withName("main")
        .addNewEnv()
        .withName("VLLM_ALL2ALL_BACKEND")
        .withValue("naive")
        .endEnv()
        .withNewResources()
        .addToRequests("cpu", new Quantity("32"))
        .addToRequests("memory", new Quantity("512Gi"))
        .addToRequests("nvidia.com/gpu", new Quantity("8"))
        .addToLimits("cpu", new Quantity("64"))
        .addToLimits("memory", new Quantity("1Ti"))
        .addToLimits("nvidia.com/gpu", new Quantity("8"))
        .endResources()
        .endContainer();
  }

  /**
   * The service composed against the built-in presets.
   *
   * @return the composition
   */
  public static Composition<LLMInferenceService> compose() {
    return Walkthrough.compose(build(), List.of());
  }

  /**
   * The effective service rendered as KServe's controller would on a first reconcile.
   *
   * @return the rendered objects, the objects the cluster must provide and the warnings
   */
  public static Rendering render() {
    return Walkthrough.render(compose());
  }

  /**
   * Validates, composes, renders and prints the service.
   *
   * @param out where the effective service, the origins and the rendered objects go
   * @param err where violations, a failed composition or a refused rendering go
   * @return 0 when the service is valid, composes and renders, 1 otherwise
   */
  public static int run(PrintStream out, PrintStream err) {
    return Walkthrough.run(build(), List.of(), ORIGINS, out, err);
  }

  /**
   * Validates, composes, renders and prints the service; exits 1 on any failure.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }
}
