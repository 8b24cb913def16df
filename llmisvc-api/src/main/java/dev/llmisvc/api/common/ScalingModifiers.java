package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** KEDA {@code advanced.scalingModifiers}. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableScalingModifiers.class)
@JsonDeserialize(as = ImmutableScalingModifiers.class)
public abstract class ScalingModifiers {
  /**
   * Composite metric formula.
   *
   * @return {@code formula}, if set
   */
  public abstract Optional<String> formula();

  /**
   * Target value of the formula.
   *
   * @return {@code target}, if set
   */
  public abstract Optional<String> target();

  /**
   * Activation target of the formula.
   *
   * @return {@code activationTarget}, if set
   */
  public abstract Optional<String> activationTarget();

  /**
   * Metric type.
   *
   * @return {@code metricType}, if set
   */
  public abstract Optional<MetricType> metricType();

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
   * Builds {@link ScalingModifiers}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableScalingModifiers.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
