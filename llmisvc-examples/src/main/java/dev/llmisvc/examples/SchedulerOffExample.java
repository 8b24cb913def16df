package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * The scheduler turned off: a managed HTTPRoute on KServe's default Gateway and no {@code
 * spec.router.scheduler}. The scheduler preset is not merged; after the merge, the post-merge step
 * {@code workload-service-backend} rewrites every route backend that named the managed pool ({@code
 * <n>-inference-pool}) to the workload Service {@code <n>-kserve-workload-svc}, port and weight
 * kept. Rendered: the Deployment, its Service and the HTTPRoute; no InferencePool, no endpoint
 * picker Deployment or Service, no scheduler ServiceAccount or RBAC.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.SchedulerOffExample} (or see the examples page
 * of the site).
 */
public final class SchedulerOffExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/scheduler-off/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("replicas"),
          FieldPath.parse("template.containers[name=main].image"),
          FieldPath.parse("router.route.http.spec.rules"));

  private SchedulerOffExample() {}

  /**
   * The service, built with the v1alpha2 builders: a route and a gateway, no scheduler.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("qwen2-7b-no-scheduler").withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://Qwen/Qwen2.5-7B-Instruct").name("Qwen/Qwen2.5-7B-Instruct"))
                    .replicas(3)
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToRequests("cpu", new Quantity("2"))
                                .addToRequests("memory", new Quantity("16Gi"))
                                .addToRequests("nvidia.com/gpu", new Quantity("1"))
                                .addToLimits("cpu", new Quantity("4"))
                                .addToLimits("memory", new Quantity("32Gi"))
                                .addToLimits("nvidia.com/gpu", new Quantity("1"))
                                .endResources()
                                .endContainer())
                    .router(r -> r.route(route -> {}).gateway(g -> {})))
        .build();
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
