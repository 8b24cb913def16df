package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** One KEDA trigger ({@code keda.triggers[]}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableScaleTrigger.class)
@JsonDeserialize(as = ImmutableScaleTrigger.class)
public abstract class ScaleTrigger {
  /**
   * Scaler type, e.g. {@code prometheus}.
   *
   * @return {@code type}
   */
  public abstract String type();

  /**
   * Trigger name.
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * Use cached metrics.
   *
   * @return {@code useCachedMetrics}, if set
   */
  public abstract Optional<Boolean> useCachedMetrics();

  /**
   * Scaler settings (required by KEDA, always written).
   *
   * @return the entries of {@code metadata}; empty when absent
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Map<String, String> metadata();

  /**
   * Authentication.
   *
   * @return {@code authenticationRef}, if set
   */
  public abstract Optional<ScaleTriggerAuthenticationRef> authenticationRef();

  /**
   * Metric target type ({@code AverageValue}, {@code Value}, {@code Utilization}).
   *
   * @return {@code metricType}, if set
   */
  public abstract Optional<String> metricType();

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

  /** Builds {@link ScaleTrigger}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableScaleTrigger.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code authenticationRef} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param authenticationRef fills the builder
     * @return this builder
     */
    public Builder authenticationRef(
        Consumer<ScaleTriggerAuthenticationRef.Builder> authenticationRef) {
      return authenticationRef(
          NestedEdit.model(
              this,
              "authenticationRef",
              ScaleTriggerAuthenticationRef.class,
              ScaleTriggerAuthenticationRef::toBuilder,
              ScaleTriggerAuthenticationRef::builder,
              authenticationRef,
              ScaleTriggerAuthenticationRef.Builder::build));
    }
  }
}
