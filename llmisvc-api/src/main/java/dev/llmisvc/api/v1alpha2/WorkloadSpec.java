package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.Workload;
import dev.llmisvc.api.common.WorkloadBuilder;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A workload ({@code spec.prefill}); the same fields sit inline in {@code spec} for the main
 * (decode) workload.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableWorkloadSpec.class)
@JsonDeserialize(as = ImmutableWorkloadSpec.class)
@JsonPropertyOrder({
  "replicas",
  "scaling",
  "parallelism",
  "labels",
  "annotations",
  "template",
  "worker",
  "kvCacheOffloading",
  "rolloutStrategy"
})
public abstract class WorkloadSpec implements Workload {
  /**
   * KV cache offloading (v1alpha2 only).
   *
   * @return {@code kvCacheOffloading}, if set
   */
  public abstract Optional<KVCacheOffloadingSpec> kvCacheOffloading();

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

  /** Builds {@link WorkloadSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableWorkloadSpec.Builder
      implements WorkloadBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code kvCacheOffloading} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param kvCacheOffloading fills the builder
     * @return this builder
     */
    public Builder kvCacheOffloading(Consumer<KVCacheOffloadingSpec.Builder> kvCacheOffloading) {
      return kvCacheOffloading(
          NestedEdit.model(
              this,
              "kvCacheOffloading",
              KVCacheOffloadingSpec.class,
              KVCacheOffloadingSpec::toBuilder,
              KVCacheOffloadingSpec::builder,
              kvCacheOffloading,
              KVCacheOffloadingSpec.Builder::build));
    }
  }
}
