package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import java.io.PrintStream;
import java.util.List;

/**
 * Managed dynamic resource allocation: the annotation {@code
 * serving.kserve.io/exp-dra-device-class} makes the post-merge managed-DRA step add a pod-level
 * claim {@code managed-device} and a container claim on {@code main}; neither comes from a preset
 * or the service.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.ManagedDraExample} (or see the examples page of
 * the site).
 */
public final class ManagedDraExample {
  /** The sample service on the classpath. */
  public static final String SAMPLE = "samples/managed-dra/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("template.resourceClaims[name=managed-device].resourceClaimTemplateName"),
          FieldPath.parse("template.containers[name=main].resources.claims"),
          FieldPath.parse("template.containers[name=main].command"),
          FieldPath.parse("template.containers[name=main].image"));

  private ManagedDraExample() {}

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
