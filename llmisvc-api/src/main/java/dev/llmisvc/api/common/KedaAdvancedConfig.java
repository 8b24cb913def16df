package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** KEDA {@code advanced} settings. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableKedaAdvancedConfig.class)
@JsonDeserialize(as = ImmutableKedaAdvancedConfig.class)
public abstract class KedaAdvancedConfig {
  /**
   * HPA created by KEDA.
   *
   * @return {@code horizontalPodAutoscalerConfig}, if set
   */
  public abstract Optional<HorizontalPodAutoscalerConfig> horizontalPodAutoscalerConfig();

  /**
   * Restore the replica count when the ScaledObject is deleted.
   *
   * @return {@code restoreToOriginalReplicaCount}, if set
   */
  public abstract Optional<Boolean> restoreToOriginalReplicaCount();

  /**
   * Composite metric; WVA forbids it.
   *
   * @return {@code scalingModifiers}, if set
   */
  public abstract Optional<ScalingModifiers> scalingModifiers();

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
   * Builds {@link KedaAdvancedConfig}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableKedaAdvancedConfig.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code horizontalPodAutoscalerConfig} with its builder, starting from the value this
     * builder holds (empty if none).
     *
     * @param horizontalPodAutoscalerConfig fills the builder
     * @return this builder
     */
    public Builder horizontalPodAutoscalerConfig(
        Consumer<HorizontalPodAutoscalerConfig.Builder> horizontalPodAutoscalerConfig) {
      return horizontalPodAutoscalerConfig(
          NestedEdit.model(
              this,
              "horizontalPodAutoscalerConfig",
              HorizontalPodAutoscalerConfig.class,
              HorizontalPodAutoscalerConfig::toBuilder,
              HorizontalPodAutoscalerConfig::builder,
              horizontalPodAutoscalerConfig,
              HorizontalPodAutoscalerConfig.Builder::build));
    }

    /**
     * Edits {@code scalingModifiers} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param scalingModifiers fills the builder
     * @return this builder
     */
    public Builder scalingModifiers(Consumer<ScalingModifiers.Builder> scalingModifiers) {
      return scalingModifiers(
          NestedEdit.model(
              this,
              "scalingModifiers",
              ScalingModifiers.class,
              ScalingModifiers::toBuilder,
              ScalingModifiers::builder,
              scalingModifiers,
              ScalingModifiers.Builder::build));
    }
  }
}
