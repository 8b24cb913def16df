package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha1.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * A hardware profile as a baseRef with a team override: a v1alpha1 service names the platform's
 * {@code my-gpu-profile} (found in the system namespace {@code kserve}), which sets two replicas,
 * an A100 node selector and four GPUs; the service asks for three replicas and wins. Presets come
 * first, the baseRef next, the service last.
 *
 * <p>The service is read as the v1alpha1 model and composed as one: KServe converts it to v1alpha2,
 * composes, and the effective service comes back as v1alpha1. The profile is written in Java with
 * the v1alpha2 builders; {@code samples/hardware-profile/my-gpu-profile.yaml} is the same config,
 * and the example's test proves the two equal.
 *
 * <pre>{@code
 * Composition<LLMInferenceService> c = HardwareProfileExample.compose(); // v1alpha1 in
 * LLMInferenceService effective = c.effective();                      // v1alpha1 out
 * effective.spec().replicas();                                        // Optional[3]
 * }</pre>
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.HardwareProfileExample} (or see the examples
 * page of the site).
 */
public final class HardwareProfileExample {
  /** The sample service on the classpath, a v1alpha1 {@code LLMInferenceService}. */
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

  /** The sample service, read into the v1alpha1 model. */
  public static LLMInferenceService service() {
    return Walkthrough.load(SAMPLE, LLMInferenceService.class);
  }

  /**
   * The platform team's hardware profile, built with the v1alpha2 builders: A100 nodes, four GPUs
   * per pod, two replicas by default, in the system namespace so every team can name it.
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

  /** The configs the sample brings besides the built-in presets: the profile. */
  public static List<LLMInferenceServiceConfig> configs() {
    return List.of(profile());
  }

  /** The sample composed against the built-in presets and {@link #configs()}. */
  public static Composition<LLMInferenceService> compose() {
    return Walkthrough.compose(service(), configs());
  }

  /**
   * Validates the sample and the profile, composes and prints.
   *
   * @param out where the effective service and the origins go
   * @param err where violations or a failed composition go
   * @return 0 when both are valid and the sample composes, 1 otherwise
   */
  public static int run(PrintStream out, PrintStream err) {
    return Walkthrough.run(service(), configs(), ORIGINS, out, err);
  }

  /** Validates, composes and prints the sample; exits 1 when it is invalid or does not compose. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }
}
