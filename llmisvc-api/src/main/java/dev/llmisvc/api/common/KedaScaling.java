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
   * @return {@code pollingInterval}, if set
   */
  Optional<Integer> pollingInterval();

  /**
   * Seconds to wait before scaling to zero (minimum 0).
   *
   * @return {@code cooldownPeriod}, if set
   */
  Optional<Integer> cooldownPeriod();

  /**
   * Seconds before the first cooldown (minimum 0).
   *
   * @return {@code initialCooldownPeriod}, if set
   */
  Optional<Integer> initialCooldownPeriod();

  /**
   * Replicas when no trigger is active (minimum 0).
   *
   * @return {@code idleReplicaCount}, if set
   */
  Optional<Integer> idleReplicaCount();

  /**
   * Fallback when the scaler fails.
   *
   * @return {@code fallback}, if set
   */
  Optional<KedaFallback> fallback();

  /**
   * Advanced settings.
   *
   * @return {@code advanced}, if set
   */
  Optional<KedaAdvancedConfig> advanced();
}
