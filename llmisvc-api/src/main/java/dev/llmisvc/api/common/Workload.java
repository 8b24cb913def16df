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
   * @return the value, if set of {@code replicas}
   */
  Optional<Integer> replicas();

  /**
   * Autoscaling.
   *
   * @return the value, if set of {@code scaling}
   */
  Optional<ScalingSpec> scaling();

  /**
   * Parallelism.
   *
   * @return the value, if set of {@code parallelism}
   */
  Optional<ParallelismSpec> parallelism();

  /**
   * Labels added to the workload pods.
   *
   * @return the values of {@code labels}
   */
  Map<String, String> labels();

  /**
   * Annotations added to the workload pods.
   *
   * @return the values of {@code annotations}
   */
  Map<String, String> annotations();

  /**
   * Pod template of the workload (the leader when multi-node).
   *
   * @return the value, if set of {@code template}
   */
  Optional<Embedded<PodSpec>> template();

  /**
   * Worker pod template; present means multi-node (LeaderWorkerSet).
   *
   * @return the value, if set of {@code worker}
   */
  Optional<Embedded<PodSpec>> worker();

  /**
   * Rolling update limits.
   *
   * @return the value, if set of {@code rolloutStrategy}
   */
  Optional<RolloutStrategy> rolloutStrategy();
}
