package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Autoscaling of a workload ({@code scaling}); exclusive with {@code replicas}. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableScalingSpec.class)
@JsonDeserialize(as = ImmutableScalingSpec.class)
public abstract class ScalingSpec {
  /**
   * Lower bound (minimum 1, CRD default 1).
   *
   * @return {@code minReplicas}, if set
   */
  public abstract Optional<Integer> minReplicas();

  /**
   * Upper bound (required, minimum 1).
   *
   * @return {@code maxReplicas}
   */
  public abstract int maxReplicas();

  /**
   * WVA-driven scaling.
   *
   * @return {@code wva}, if set
   */
  public abstract Optional<WVASpec> wva();

  /**
   * Direct KEDA scaling.
   *
   * @return {@code keda}, if set
   */
  public abstract Optional<DirectKEDAScalingSpec> keda();

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

  /** Builds {@link ScalingSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableScalingSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code wva} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param wva fills the builder
     * @return this builder
     */
    public Builder wva(Consumer<WVASpec.Builder> wva) {
      return wva(
          NestedEdit.model(
              this,
              "wva",
              WVASpec.class,
              WVASpec::toBuilder,
              WVASpec::builder,
              wva,
              WVASpec.Builder::build));
    }

    /**
     * Edits {@code keda} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param keda fills the builder
     * @return this builder
     */
    public Builder keda(Consumer<DirectKEDAScalingSpec.Builder> keda) {
      return keda(
          NestedEdit.model(
              this,
              "keda",
              DirectKEDAScalingSpec.class,
              DirectKEDAScalingSpec::toBuilder,
              DirectKEDAScalingSpec::builder,
              keda,
              DirectKEDAScalingSpec.Builder::build));
    }
  }
}
