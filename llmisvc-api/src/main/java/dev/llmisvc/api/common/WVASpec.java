package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Workload Variant Autoscaler scaling ({@code scaling.wva}); the actuator fields are inlined. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableWVASpec.class)
@JsonDeserialize(as = ImmutableWVASpec.class)
public abstract class WVASpec {
  /**
   * Cost of the variant as a decimal string (CRD default {@code "10.0"}).
   *
   * @return {@code variantCost}, if set
   */
  public abstract Optional<String> variantCost();

  /**
   * HPA actuator.
   *
   * @return {@code hpa}, if set
   */
  public abstract Optional<HPAScalingSpec> hpa();

  /**
   * KEDA actuator.
   *
   * @return {@code keda}, if set
   */
  public abstract Optional<KEDAScalingSpec> keda();

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

  /** Builds {@link WVASpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableWVASpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code hpa} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param hpa fills the builder
     * @return this builder
     */
    public Builder hpa(Consumer<HPAScalingSpec.Builder> hpa) {
      return hpa(
          NestedEdit.model(
              this,
              "hpa",
              HPAScalingSpec.class,
              HPAScalingSpec::toBuilder,
              HPAScalingSpec::builder,
              hpa,
              HPAScalingSpec.Builder::build));
    }

    /**
     * Edits {@code keda} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param keda fills the builder
     * @return this builder
     */
    public Builder keda(Consumer<KEDAScalingSpec.Builder> keda) {
      return keda(
          NestedEdit.model(
              this,
              "keda",
              KEDAScalingSpec.class,
              KEDAScalingSpec::toBuilder,
              KEDAScalingSpec::builder,
              keda,
              KEDAScalingSpec.Builder::build));
    }
  }
}
