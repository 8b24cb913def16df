package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import org.immutables.value.Value;

/** A port of the GIE v1 InferencePool. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePoolPort.class)
@JsonDeserialize(as = ImmutablePoolPort.class)
public abstract class PoolPort {
  /**
   * Port number (1..65535).
   *
   * @return {@code number}
   */
  public abstract int number();

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

  /** Builds {@link PoolPort}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutablePoolPort.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
