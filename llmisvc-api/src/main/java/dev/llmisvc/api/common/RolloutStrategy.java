package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/** Rolling update limits of a workload ({@code rolloutStrategy}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableRolloutStrategy.class)
@JsonDeserialize(as = ImmutableRolloutStrategy.class)
public abstract class RolloutStrategy {
  /**
   * Pods that may be unavailable during an update (number or percentage).
   *
   * @return {@code maxUnavailable}, if set
   */
  public abstract Optional<Embedded<IntOrString>> maxUnavailable();

  /**
   * Pods that may be created above the desired count (number or percentage).
   *
   * @return {@code maxSurge}, if set
   */
  public abstract Optional<Embedded<IntOrString>> maxSurge();

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this value, to build a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link RolloutStrategy}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableRolloutStrategy.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code maxUnavailable} to a number.
     *
     * @param maxUnavailable the value
     * @return this builder
     */
    public Builder maxUnavailable(int maxUnavailable) {
      return maxUnavailable(Embedded.of(new IntOrString(maxUnavailable)));
    }

    /**
     * Sets {@code maxUnavailable} to a string such as {@code "25%"}.
     *
     * @param maxUnavailable the value
     * @return this builder
     */
    public Builder maxUnavailable(String maxUnavailable) {
      return maxUnavailable(Embedded.of(new IntOrString(maxUnavailable)));
    }

    /**
     * Sets {@code maxSurge} to a number.
     *
     * @param maxSurge the value
     * @return this builder
     */
    public Builder maxSurge(int maxSurge) {
      return maxSurge(Embedded.of(new IntOrString(maxSurge)));
    }

    /**
     * Sets {@code maxSurge} to a string such as {@code "25%"}.
     *
     * @param maxSurge the value
     * @return this builder
     */
    public Builder maxSurge(String maxSurge) {
      return maxSurge(Embedded.of(new IntOrString(maxSurge)));
    }
  }
}
