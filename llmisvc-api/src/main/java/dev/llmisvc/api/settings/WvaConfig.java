package dev.llmisvc.api.settings;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * KServe's {@code autoscaling-wva-controller-config}: where the workload-variant autoscaler's
 * Prometheus lives, for the KEDA trigger KServe writes when a service scales with WVA through KEDA.
 */
@Value.Immutable
public abstract class WvaConfig {
  /**
   * {@code prometheus.url}.
   *
   * @return the Prometheus server address
   */
  public abstract String prometheusUrl();

  /**
   * {@code prometheus.tlsInsecureSkipVerify}.
   *
   * @return default {@code false}
   */
  @Value.Default
  public boolean tlsInsecureSkipVerify() {
    return false;
  }

  /**
   * {@code prometheus.authModes}.
   *
   * @return the KEDA auth modes, empty for none
   */
  public abstract Optional<String> authModes();

  /**
   * {@code prometheus.triggerAuthName}: the KEDA TriggerAuthentication the trigger uses.
   *
   * @return its name, empty for none
   */
  public abstract Optional<String> triggerAuthName();

  /**
   * {@code prometheus.triggerAuthKind}: {@code TriggerAuthentication} or {@code
   * ClusterTriggerAuthentication}.
   *
   * @return its kind, empty for KEDA's default
   */
  public abstract Optional<String> triggerAuthKind();

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this value.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link WvaConfig}. */
  public static final class Builder extends ImmutableWvaConfig.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
