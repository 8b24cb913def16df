package dev.llmisvc.api.common;

import java.util.Optional;

/**
 * KEDA settings shared by {@code wva.keda} and direct {@code keda} (Go {@code KEDAScalingSpec},
 * inlined).
 */
public interface KedaScaling {
  /**
   * Seconds between trigger checks (minimum 1).
   *
   * @return the value, if set of {@code pollingInterval}
   */
  Optional<Integer> pollingInterval();

  /**
   * Seconds to wait before scaling to zero (minimum 0).
   *
   * @return the value, if set of {@code cooldownPeriod}
   */
  Optional<Integer> cooldownPeriod();

  /**
   * Seconds before the first cooldown (minimum 0).
   *
   * @return the value, if set of {@code initialCooldownPeriod}
   */
  Optional<Integer> initialCooldownPeriod();

  /**
   * Replicas when no trigger is active (minimum 0).
   *
   * @return the value, if set of {@code idleReplicaCount}
   */
  Optional<Integer> idleReplicaCount();

  /**
   * Fallback when the scaler fails.
   *
   * @return the value, if set of {@code fallback}
   */
  Optional<KedaFallback> fallback();

  /**
   * Advanced settings.
   *
   * @return the value, if set of {@code advanced}
   */
  Optional<KedaAdvancedConfig> advanced();
}
