package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import java.io.PrintStream;
import java.util.List;

/**
 * Single-node GPU behind the managed scheduler, HTTPRoute and Gateway: three vLLM replicas of
 * Qwen2.5-7B-Instruct. The service sets only the model, the replica count and the GPU resources;
 * presets {@code kserve-config-llm-scheduler}, {@code kserve-config-llm-router-route} and {@code
 * kserve-config-llm-template} supply the rest (image, probes, volumes, the EPP, thirteen route
 * rules).
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.SingleNodeGpuExample} (or see the examples page
 * of the site).
 */
public final class SingleNodeGpuExample {
  /** The sample service on the classpath. */
  public static final String SAMPLE = "samples/single-node-gpu.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("replicas"),
          FieldPath.parse("template.containers[name=main].image"),
          FieldPath.parse("template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"),
          FieldPath.parse("router.scheduler.template.containers[name=main].image"),
          FieldPath.parse("router.scheduler.template.serviceAccountName"),
          FieldPath.parse("router.scheduler.pool.spec.endpointPickerRef.port.number"));

  private SingleNodeGpuExample() {}

  /** The sample service, read into the v1alpha2 model. */
  public static LLMInferenceService service() {
    return Walkthrough.load(SAMPLE, LLMInferenceService.class);
  }

  /** The sample composed against the built-in presets. */
  public static Composition<LLMInferenceService> compose() {
    return Walkthrough.compose(service(), List.of());
  }

  /**
   * Validates, composes and prints the sample.
   *
   * @param out where the effective service and the origins go
   * @param err where violations or a failed composition go
   * @return 0 when the sample is valid and composes, 1 otherwise
   */
  public static int run(PrintStream out, PrintStream err) {
    return Walkthrough.run(service(), List.of(), ORIGINS, out, err);
  }

  /** Validates, composes and prints the sample; exits 1 when it is invalid or does not compose. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }
}
