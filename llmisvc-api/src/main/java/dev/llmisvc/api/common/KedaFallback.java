package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** KEDA {@code fallback}: replicas to keep when the scaler fails. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableKedaFallback.class)
@JsonDeserialize(as = ImmutableKedaFallback.class)
public abstract class KedaFallback {
  /**
   * Failures before falling back.
   *
   * @return {@code failureThreshold}
   */
  public abstract int failureThreshold();

  /**
   * Replica count to fall back to.
   *
   * @return {@code replicas}
   */
  public abstract int replicas();

  /**
   * Fallback behaviour (default {@code static}).
   *
   * @return {@code behavior}, if set
   */
  public abstract Optional<FallbackBehavior> behavior();

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

  /** Builds {@link KedaFallback}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableKedaFallback.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
