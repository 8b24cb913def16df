package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import org.immutables.value.Value;

/** KEDA actuator of WVA scaling ({@code wva.keda}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableKEDAScalingSpec.class)
@JsonDeserialize(as = ImmutableKEDAScalingSpec.class)
public abstract class KEDAScalingSpec implements KedaScaling {
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
   * Builds {@link KEDAScalingSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableKEDAScalingSpec.Builder
      implements KedaScalingBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
