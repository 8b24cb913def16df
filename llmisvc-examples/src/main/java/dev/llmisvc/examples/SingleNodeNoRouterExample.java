package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * A single node without a router: no {@code spec.router}, so only the workload preset {@code
 * kserve-config-llm-template} is merged; no scheduler, route or gateway appears in the effective
 * spec, and the rendering holds only the workload Deployment {@code <n>-kserve} and its Service
 * {@code <n>-kserve-workload-svc}, through which callers reach the pods.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.SingleNodeNoRouterExample} (or see the examples
 * page of the site).
 */
public final class SingleNodeNoRouterExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/single-node-no-router/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("replicas"),
          FieldPath.parse("labels.team"),
          FieldPath.parse("template.containers[name=main].image"),
          FieldPath.parse(
              "template.containers[name=main].env[name=VLLM_USE_TRITON_FLASH_ATTN].value"),
          FieldPath.parse("template.containers[name=main].env[name=HOME].value"));

  private SingleNodeNoRouterExample() {}

  /**
   * The service, built with the v1alpha2 builders: an AMD GPU, a team label, no router.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("qwen2-7b-amd").withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://Qwen/Qwen2.5-7B-Instruct").name("Qwen/Qwen2.5-7B-Instruct"))
                    .replicas(1)
                    .putLabels("team", "inference")
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .addNewEnv()
                                .withName("VLLM_USE_TRITON_FLASH_ATTN")
                                .withValue("0")
                                .endEnv()
                                .withNewResources()
                                .addToRequests("cpu", new Quantity("4"))
                                .addToRequests("memory", new Quantity("32Gi"))
                                .addToRequests("amd.com/gpu", new Quantity("1"))
                                .addToLimits("cpu", new Quantity("8"))
                                .addToLimits("memory", new Quantity("64Gi"))
                                .addToLimits("amd.com/gpu", new Quantity("1"))
                                .endResources()
                                .endContainer()))
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
