package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.Composition;
import java.util.List;

/**
 * A hardware profile as a baseRef with a team override: a v1alpha1 service names the platform's
 * {@code my-gpu-profile} (found in the system namespace {@code kserve}), which sets two replicas,
 * an A100 node selector and four GPUs; the service asks for three replicas and wins. Presets come
 * first, the baseRef next, the service last.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.HardwareProfileExample} (or see the examples
 * page of the site).
 */
public final class HardwareProfileExample {
  /** The sample service on the classpath. */
  public static final String SAMPLE = "samples/hardware-profile/service.yaml";

  /** The configs the sample brings besides the built-in presets. */
  public static final List<String> CONFIGS =
      List.of("samples/hardware-profile/my-gpu-profile.yaml");

  /** Paths (relative to {@code spec}) whose origin {@link #main} prints. */
  public static final List<String> ORIGINS =
      List.of(
          "replicas",
          "template.nodeSelector[\"nvidia.com/gpu.product\"]",
          "template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]",
          "template.containers[name=main].image",
          "router.route.http.spec.parentRefs",
          "router.route.http.spec.rules");

  private HardwareProfileExample() {}

  /** The sample service, as written. */
  public static ObjectNode service() {
    return Walkthrough.load(SAMPLE);
  }

  /** The sample composed against the built-in presets and {@link #CONFIGS}. */
  public static Composition<ObjectNode> compose() {
    return Walkthrough.compose(service(), Walkthrough.configs(CONFIGS.toArray(String[]::new)));
  }

  /** Validates, composes and prints the sample; exits 1 when it is invalid or does not compose. */
  public static void main(String[] args) {
    System.exit(
        Walkthrough.run(
            service(),
            CONFIGS.stream().map(Walkthrough::load).toList(),
            ORIGINS,
            System.out,
            System.err));
  }
}
