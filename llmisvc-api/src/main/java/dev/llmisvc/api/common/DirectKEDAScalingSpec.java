package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.List;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Direct KEDA scaling ({@code scaling.keda}): the KEDA settings plus triggers. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableDirectKEDAScalingSpec.class)
@JsonDeserialize(as = ImmutableDirectKEDAScalingSpec.class)
public abstract class DirectKEDAScalingSpec implements KedaScaling {
  /**
   * Triggers (required, at least one; always written).
   *
   * @return the items of {@code triggers}; empty when absent
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract List<ScaleTrigger> triggers();

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
   * Builds {@link DirectKEDAScalingSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableDirectKEDAScalingSpec.Builder
      implements KedaScalingBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds an item of {@code triggers} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addTriggers(Consumer<ScaleTrigger.Builder> item) {
      ScaleTrigger.Builder b = ScaleTrigger.builder();
      item.accept(b);
      return addTriggers(b.build());
    }
  }
}
