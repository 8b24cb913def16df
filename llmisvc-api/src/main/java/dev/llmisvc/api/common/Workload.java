package dev.llmisvc.api.common;

import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of KServe's {@code WorkloadSpec} shared by both versions; inlined into {@code spec}
 * and used by {@code spec.prefill}.
 */
public interface Workload {
  /**
   * Static replica count (minimum 0); exclusive with {@code scaling}.
   *
   * @return {@code replicas}, if set
   */
  Optional<Integer> replicas();

  /**
   * Autoscaling.
   *
   * @return {@code scaling}, if set
   */
  Optional<ScalingSpec> scaling();

  /**
   * Parallelism.
   *
   * @return {@code parallelism}, if set
   */
  Optional<ParallelismSpec> parallelism();

  /**
   * Labels added to the workload pods.
   *
   * @return the entries of {@code labels}; empty when absent
   */
  Map<String, String> labels();

  /**
   * Annotations added to the workload pods.
   *
   * @return the entries of {@code annotations}; empty when absent
   */
  Map<String, String> annotations();

  /**
   * Pod template of the workload (the leader when multi-node).
   *
   * @return {@code template}, if set
   */
  Optional<Embedded<PodSpec>> template();

  /**
   * Worker pod template; present means multi-node (LeaderWorkerSet).
   *
   * @return {@code worker}, if set
   */
  Optional<Embedded<PodSpec>> worker();

  /**
   * Rolling update limits.
   *
   * @return {@code rolloutStrategy}, if set
   */
  Optional<RolloutStrategy> rolloutStrategy();
}
