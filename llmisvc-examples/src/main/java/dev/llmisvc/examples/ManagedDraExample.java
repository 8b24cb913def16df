package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.Composition;
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

  /** The configs the sample brings besides the built-in presets. */
  public static final List<String> CONFIGS = List.of();

  /** Paths (relative to {@code spec}) whose origin {@link #main} prints. */
  public static final List<String> ORIGINS =
      List.of(
          "template.resourceClaims[name=managed-device].resourceClaimTemplateName",
          "template.containers[name=main].resources.claims",
          "template.containers[name=main].command",
          "template.containers[name=main].image");

  private ManagedDraExample() {}

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
