package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.NestedEdit;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.LocalObjectReferenceBuilder;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * KServe's InferencePool wrapper ({@code scheduler.pool}): an inline pool spec or a reference to an
 * existing pool.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableInferencePoolSpec.class)
@JsonDeserialize(as = ImmutableInferencePoolSpec.class)
public abstract class InferencePoolSpec {
  /**
   * Inline pool spec (GIE v1alpha2 shape).
   *
   * @return {@code spec}, if set
   */
  public abstract Optional<PoolSpec> spec();

  /**
   * Existing InferencePool; wins when its name is not empty.
   *
   * @return {@code ref}, if set
   */
  public abstract Optional<Embedded<LocalObjectReference>> ref();

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
   * Builds {@link InferencePoolSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableInferencePoolSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code spec} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param spec fills the builder
     * @return this builder
     */
    public Builder spec(Consumer<PoolSpec.Builder> spec) {
      return spec(
          NestedEdit.model(
              this,
              "spec",
              PoolSpec.class,
              PoolSpec::toBuilder,
              PoolSpec::builder,
              spec,
              PoolSpec.Builder::build));
    }

    /**
     * Sets {@code ref} to a frozen copy of {@code ref}.
     *
     * @param ref the value
     * @return this builder
     */
    public Builder ref(LocalObjectReference ref) {
      return ref(Embedded.of(ref));
    }

    /**
     * Edits {@code ref} with a fabric8 builder, starting from a copy of the value this builder
     * holds (empty if none).
     *
     * @param ref fills the builder
     * @return this builder
     */
    public Builder ref(Consumer<LocalObjectReferenceBuilder> ref) {
      return ref(
          NestedEdit.embedded(
              this,
              "ref",
              (LocalObjectReference v) -> new LocalObjectReferenceBuilder(v),
              LocalObjectReferenceBuilder::new,
              ref,
              LocalObjectReferenceBuilder::build));
    }
  }
}
