package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.Composition;
import java.util.List;

/**
 * A single node without a router: no {@code spec.router}, so only the workload preset {@code
 * kserve-config-llm-template} is merged; no scheduler, route or gateway appears in the effective
 * spec.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.SingleNodeNoRouterExample} (or see the examples
 * page of the site).
 */
public final class SingleNodeNoRouterExample {
  /** The sample service on the classpath. */
  public static final String SAMPLE = "samples/single-node-no-router/service.yaml";

  /** The configs the sample brings besides the built-in presets. */
  public static final List<String> CONFIGS = List.of();

  /** Paths (relative to {@code spec}) whose origin {@link #main} prints. */
  public static final List<String> ORIGINS =
      List.of(
          "replicas",
          "labels.team",
          "template.containers[name=main].image",
          "template.containers[name=main].env[name=VLLM_USE_TRITON_FLASH_ATTN].value",
          "template.containers[name=main].env[name=HOME].value");

  private SingleNodeNoRouterExample() {}

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
