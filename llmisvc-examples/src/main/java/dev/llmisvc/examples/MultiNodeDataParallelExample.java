package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.Composition;
import java.util.List;

/**
 * Multi-node data parallel with expert parallelism (KServe's dp-ep pattern): {@code spec.worker}
 * plus {@code parallelism.data > 0} selects {@code kserve-config-llm-worker-data-parallel}, whose
 * leader and worker launch scripts get {@code --data-parallel-size 16}, {@code
 * --data-parallel-size-local 8} and {@code --enable-expert-parallel} from this spec by template
 * substitution.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.MultiNodeDataParallelExample} (or see the
 * examples page of the site).
 */
public final class MultiNodeDataParallelExample {
  /** The sample service on the classpath. */
  public static final String SAMPLE = "samples/multi-node-dp-ep/service.yaml";

  /** The configs the sample brings besides the built-in presets. */
  public static final List<String> CONFIGS = List.of();

  /** Paths (relative to {@code spec}) whose origin {@link #main} prints. */
  public static final List<String> ORIGINS =
      List.of(
          "parallelism.data",
          "template.containers[name=main].image",
          "template.containers[name=main].command",
          "worker.containers[name=main].command",
          "worker.containers[name=main].env[name=VLLM_ALL2ALL_BACKEND].value");

  private MultiNodeDataParallelExample() {}

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
