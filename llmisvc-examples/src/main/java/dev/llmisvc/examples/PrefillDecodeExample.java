package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.Composition;
import java.util.List;

/**
 * Prefill/decode disaggregation: {@code spec.prefill} selects {@code
 * kserve-config-llm-prefill-template} and {@code kserve-config-llm-decode-template}; the decode
 * pods get the routing sidecar as a native sidecar init container, vLLM moves to port 8001.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.PrefillDecodeExample} (or see the examples page
 * of the site).
 */
public final class PrefillDecodeExample {
  /** The sample service on the classpath. */
  public static final String SAMPLE = "samples/prefill-decode/service.yaml";

  /** The configs the sample brings besides the built-in presets. */
  public static final List<String> CONFIGS = List.of();

  /** Paths (relative to {@code spec}) whose origin {@link #main} prints. */
  public static final List<String> ORIGINS =
      List.of(
          "replicas",
          "prefill.replicas",
          "template.initContainers[name=llm-d-routing-sidecar].image",
          "template.initContainers[name=llm-d-routing-sidecar].command",
          "template.containers[name=main].ports[containerPort=8001].containerPort",
          "prefill.template.containers[name=main].image");

  private PrefillDecodeExample() {}

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
