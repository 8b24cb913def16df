package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.NestedEdit;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A PVC-backed KV cache tier: a new claim spec or an existing claim. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePVCTierSpec.class)
@JsonDeserialize(as = ImmutablePVCTierSpec.class)
public abstract class PVCTierSpec {
  /**
   * Claim to create.
   *
   * @return {@code spec}, if set
   */
  public abstract Optional<Embedded<PersistentVolumeClaimSpec>> spec();

  /**
   * Existing claim.
   *
   * @return {@code ref}, if set
   */
  public abstract Optional<PVCRefTierSpec> ref();

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

  /** Builds {@link PVCTierSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutablePVCTierSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code spec} to a frozen copy of {@code spec}.
     *
     * @param spec the value
     * @return this builder
     */
    public Builder spec(PersistentVolumeClaimSpec spec) {
      return spec(Embedded.of(spec));
    }

    /**
     * Edits {@code spec} with a fabric8 builder, starting from a copy of the value this builder
     * holds (empty if none).
     *
     * @param spec fills the builder
     * @return this builder
     */
    public Builder spec(Consumer<PersistentVolumeClaimSpecBuilder> spec) {
      return spec(
          NestedEdit.embedded(
              this,
              "spec",
              (PersistentVolumeClaimSpec v) -> new PersistentVolumeClaimSpecBuilder(v),
              PersistentVolumeClaimSpecBuilder::new,
              spec,
              PersistentVolumeClaimSpecBuilder::build));
    }

    /**
     * Edits {@code ref} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param ref fills the builder
     * @return this builder
     */
    public Builder ref(Consumer<PVCRefTierSpec.Builder> ref) {
      return ref(
          NestedEdit.model(
              this,
              "ref",
              PVCRefTierSpec.class,
              PVCRefTierSpec::toBuilder,
              PVCRefTierSpec::builder,
              ref,
              PVCRefTierSpec.Builder::build));
    }
  }
}
