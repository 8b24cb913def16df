package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.Composition;
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

  /** The configs the sample brings besides the built-in presets. */
  public static final List<String> CONFIGS = List.of();

  /** Paths (relative to {@code spec}) whose origin {@link #main} prints. */
  public static final List<String> ORIGINS =
      List.of(
          "replicas",
          "template.containers[name=main].image",
          "template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]",
          "router.scheduler.template.containers[name=main].image",
          "router.scheduler.template.serviceAccountName",
          "router.scheduler.pool.spec.endpointPickerRef.port.number");

  private SingleNodeGpuExample() {}

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
