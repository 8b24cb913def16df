package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha1.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * A hardware profile as a baseRef with a team override: a v1alpha1 service names the platform's
 * {@code my-gpu-profile} (found in the system namespace {@code kserve}), which sets two replicas,
 * an A100 node selector and four GPUs; the service asks for three replicas and wins. Presets come
 * first, the baseRef next, the service last.
 *
 * <p>The service is built with the v1alpha1 builders and composed as one: KServe converts it to
 * v1alpha2, composes, and the effective service comes back as v1alpha1; the renderer works on the
 * v1alpha2 form, as KServe's controller does, and its Deployment {@code <n>-kserve} has three
 * replicas and the profile's node selector and GPUs. The profile is written with the v1alpha2
 * builders. {@code samples/hardware-profile/service.yaml} and {@code
 * samples/hardware-profile/my-gpu-profile.yaml} are the same two objects as YAML, and the example's
 * test proves them equal.
 *
 * <pre>{@code
 * Composition<LLMInferenceService> c = HardwareProfileExample.compose(); // v1alpha1 in
 * LLMInferenceService effective = c.effective();                      // v1alpha1 out
 * effective.spec().replicas();                                        // Optional[3]
 * Rendering r = Walkthrough.render(c);                                // from the v1alpha2 form
 * }</pre>
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.HardwareProfileExample} (or see the examples
 * page of the site).
 */
public final class HardwareProfileExample {
  /** The YAML form of {@link #build()}, a v1alpha1 {@code LLMInferenceService}. */
  public static final String SAMPLE = "samples/hardware-profile/service.yaml";

  /** The YAML form of {@link #profile()}. */
  public static final String PROFILE = "samples/hardware-profile/my-gpu-profile.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("replicas"),
          FieldPath.parse("template.nodeSelector[\"nvidia.com/gpu.product\"]"),
          FieldPath.parse("template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"),
          FieldPath.parse("template.containers[name=main].image"),
          FieldPath.parse("router.route.http.spec.parentRefs"),
          FieldPath.parse("router.route.http.spec.rules"));

  private HardwareProfileExample() {}

  /**
   * The team's service, built with the v1alpha1 builders: it names the profile in {@code baseRefs},
   * picks the model, turns on the managed route and scheduler, and asks for three replicas.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("llama-3-8b").withNamespace("my-team"))
        .spec(
            s ->
                s.addBaseRefs("my-gpu-profile")
                    .model(
                        m ->
                            m.uri("hf://meta-llama/Llama-3.1-8B-Instruct")
                                .name("meta-llama/Llama-3.1-8B-Instruct"))
                    .replicas(3)
                    .router(r -> r.route(route -> {}).scheduler(sch -> {})))
        .build();
  }

  /**
   * The platform team's hardware profile, built with the v1alpha2 builders: A100 nodes, four GPUs
   * per pod, two replicas by default, in the system namespace so every team can name it.
   *
   * @return the config
   */
  public static LLMInferenceServiceConfig profile() {
    return LLMInferenceServiceConfig.builder()
        .metadata(m -> m.withName("my-gpu-profile").withNamespace(Walkthrough.SYSTEM_NAMESPACE))
        .spec(
            s ->
                s.replicas(2)
                    .template(
                        t ->
                            t.addToNodeSelector("nvidia.com/gpu.product", "NVIDIA-A100-PCIE-40GB")
                                .addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToRequests("nvidia.com/gpu", new Quantity("4"))
                                .addToRequests("cpu", new Quantity("8"))
                                .addToRequests("memory", new Quantity("64Gi"))
                                .addToLimits("nvidia.com/gpu", new Quantity("4"))
                                .addToLimits("cpu", new Quantity("16"))
                                .addToLimits("memory", new Quantity("128Gi"))
                                .endResources()
                                .endContainer()))
        .build();
  }

  /**
   * The configs the sample brings besides the built-in presets: the profile.
   *
   * @return the configs
   */
  public static List<LLMInferenceServiceConfig> configs() {
    return List.of(profile());
  }

  /**
   * The service composed against the built-in presets and {@link #configs()}.
   *
   * @return the composition
   */
  public static Composition<LLMInferenceService> compose() {
    return Walkthrough.compose(build(), configs());
  }

  /**
   * The effective service rendered (from its v1alpha2 form) as KServe would on a first reconcile.
   *
   * @return the rendered objects, the objects the cluster must provide and the warnings
   */
  public static Rendering render() {
    return Walkthrough.render(compose());
  }

  /**
   * Validates the service and the profile, composes, renders and prints.
   *
   * @param out where the effective service, the origins and the rendered objects go
   * @param err where violations, a failed composition or a refused rendering go
   * @return 0 when both are valid and the service composes and renders, 1 otherwise
   */
  public static int run(PrintStream out, PrintStream err) {
    return Walkthrough.run(build(), configs(), ORIGINS, out, err);
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
