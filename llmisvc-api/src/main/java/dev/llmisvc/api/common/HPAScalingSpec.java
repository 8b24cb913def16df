package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** HPA actuator of WVA scaling ({@code wva.hpa}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableHPAScalingSpec.class)
@JsonDeserialize(as = ImmutableHPAScalingSpec.class)
public abstract class HPAScalingSpec {
  /**
   * autoscaling/v2 {@code HorizontalPodAutoscalerBehavior}, kept as JSON (fabric8 core has no such
   * type).
   *
   * @return {@code behavior}, if set
   */
  public abstract Optional<Embedded<JsonNode>> behavior();

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
   * Builds {@link HPAScalingSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableHPAScalingSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code behavior} to a copy of a JSON tree.
     *
     * @param behavior the value
     * @return this builder
     */
    public Builder behavior(JsonNode behavior) {
      return behavior(Embedded.of(behavior));
    }
  }
}
