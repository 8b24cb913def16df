package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.v1alpha2.LLMInferenceServiceSpec;
import dev.llmisvc.api.v1alpha2.WorkloadSpec;
import java.util.Optional;

/**
 * The two workloads of a service, main (decode) and prefill, with the names, label values and field
 * paths that differ between them (rendering.md §2.2, §2.3, §4.4–§4.8).
 */
public enum Variant {
  /** The main workload: {@code spec} itself. */
  MAIN(
      "spec",
      "-kserve",
      "-kserve-mn",
      "llminferenceservice-workload",
      "llminferenceservice-workload-leader",
      "llminferenceservice-workload-worker",
      "inference-server-decode",
      "-kserve"),
  /** The prefill workload: {@code spec.prefill}. */
  PREFILL(
      "spec.prefill",
      "-kserve-prefill",
      "-kserve-mn-prefill",
      "llminferenceservice-workload-prefill",
      "llminferenceservice-workload-leader-prefill",
      "llminferenceservice-workload-worker-prefill",
      "inference-server-prefill",
      "-kserve-prefill");

  private final String path;
  private final String deploymentSuffix;
  private final String lwsSuffix;
  private final String component;
  private final String leaderComponent;
  private final String workerComponent;
  private final String tracingServiceName;
  private final String scalerPrefix;

  Variant(
      String path,
      String deploymentSuffix,
      String lwsSuffix,
      String component,
      String leaderComponent,
      String workerComponent,
      String tracingServiceName,
      String scalerPrefix) {
    this.path = path;
    this.deploymentSuffix = deploymentSuffix;
    this.lwsSuffix = lwsSuffix;
    this.component = component;
    this.leaderComponent = leaderComponent;
    this.workerComponent = workerComponent;
    this.tracingServiceName = tracingServiceName;
    this.scalerPrefix = scalerPrefix;
  }

  /**
   * The workload of this variant in the spec.
   *
   * @param spec the effective spec
   * @return the workload; empty for prefill when {@code spec.prefill} is absent
   */
  public Optional<WorkloadSpec> workload(LLMInferenceServiceSpec spec) {
    return this == MAIN ? Optional.of(spec.workload()) : spec.prefill();
  }

  /**
   * The field path of the workload, for messages.
   *
   * @return {@code spec} or {@code spec.prefill}
   */
  public String path() {
    return path;
  }

  /**
   * The child-name suffix of the Deployment.
   *
   * @return {@code -kserve} or {@code -kserve-prefill}
   */
  public String deploymentSuffix() {
    return deploymentSuffix;
  }

  /**
   * The child-name suffix of the LeaderWorkerSet and its ServiceAccount.
   *
   * @return {@code -kserve-mn} or {@code -kserve-mn-prefill}
   */
  public String lwsSuffix() {
    return lwsSuffix;
  }

  /**
   * {@code app.kubernetes.io/component} of the Deployment's pods.
   *
   * @return the component
   */
  public String component() {
    return component;
  }

  /**
   * {@code app.kubernetes.io/component} of leader pods.
   *
   * @return the component
   */
  public String leaderComponent() {
    return leaderComponent;
  }

  /**
   * {@code app.kubernetes.io/component} of worker pods.
   *
   * @return the component
   */
  public String workerComponent() {
    return workerComponent;
  }

  /**
   * {@code OTEL_SERVICE_NAME} of the vLLM containers.
   *
   * @return {@code inference-server-decode} or {@code inference-server-prefill}
   */
  public String tracingServiceName() {
    return tracingServiceName;
  }

  /**
   * The prefix of the HPA and ScaledObject names.
   *
   * @return {@code -kserve} or {@code -kserve-prefill}
   */
  public String scalerPrefix() {
    return scalerPrefix;
  }

  /**
   * {@code llm-d.ai/role} of the pool members of this variant.
   *
   * @param spec the effective spec
   * @return {@code prefill}, {@code decode} (main with prefill) or {@code both}
   */
  public String role(LLMInferenceServiceSpec spec) {
    if (this == PREFILL) {
      return "prefill";
    }
    return spec.prefill().isPresent() ? "decode" : "both";
  }
}
