package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import java.io.PrintStream;
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
