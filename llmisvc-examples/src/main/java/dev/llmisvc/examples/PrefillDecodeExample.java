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
 * Prefill/decode disaggregation: {@code spec.prefill} selects {@code
 * kserve-config-llm-prefill-template} and {@code kserve-config-llm-decode-template}; the decode
 * pods get the routing sidecar as a native sidecar init container, vLLM moves to port 8001.
 *
 * <p>Rendered, there are two Deployments, decode {@code <n>-kserve} and prefill {@code
 * <n>-kserve-prefill}; the routing sidecar needs the ServiceAccount {@code <n>-kserve} with its
 * Role and RoleBinding, which come first.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.PrefillDecodeExample} (or see the examples page
 * of the site).
 */
public final class PrefillDecodeExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/prefill-decode/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("replicas"),
          FieldPath.parse("prefill.replicas"),
          FieldPath.parse("template.initContainers[name=llm-d-routing-sidecar].image"),
          FieldPath.parse("template.initContainers[name=llm-d-routing-sidecar].command"),
          FieldPath.parse("template.containers[name=main].ports[containerPort=8001].containerPort"),
          FieldPath.parse("prefill.template.containers[name=main].image"));

  private PrefillDecodeExample() {}

  /**
   * The service, built with the v1alpha2 builders: one decode replica and two prefill replicas, one
   * GPU each, both telling NIXL their pod IP.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("qwen2-7b-pd").withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://Qwen/Qwen2.5-7B-Instruct").name("Qwen/Qwen2.5-7B-Instruct"))
                    .replicas(1)
                    .template(PrefillDecodeExample::oneGpuWithNixl)
                    .prefill(p -> p.replicas(2).template(PrefillDecodeExample::oneGpuWithNixl))
                    .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(sch -> {})))
        .build();
  }

  /** Container {@code main} with one GPU and the NIXL side channel on the pod IP. */
  private static void oneGpuWithNixl(PodSpecBuilder pod) {
    pod.addNewContainer()
        .withName("main")
        .addNewEnv()
        .withName("VLLM_NIXL_SIDE_CHANNEL_HOST")
        .withNewValueFrom()
        .withNewFieldRef()
        .withFieldPath("status.podIP")
        .endFieldRef()
        .endValueFrom()
        .endEnv()
        .withNewResources()
        .addToRequests("nvidia.com/gpu", new Quantity("1"))
        .addToLimits("nvidia.com/gpu", new Quantity("1"))
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
