package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.SchedulerBuilder;
import dev.llmisvc.api.common.SchedulerConfigSpec;
import dev.llmisvc.api.common.TokenizerSpec;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** The endpoint picker ({@code router.scheduler}); {@code {}} means a managed scheduler. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableSchedulerSpec.class)
@JsonDeserialize(as = ImmutableSchedulerSpec.class)
public abstract class SchedulerSpec {
  /**
   * InferencePool.
   *
   * @return {@code pool}, if set
   */
  public abstract Optional<InferencePoolSpec> pool();

  /**
   * Labels of the EPP pod.
   *
   * @return the entries of {@code labels}; empty when absent
   */
  public abstract Map<String, String> labels();

  /**
   * Annotations of the EPP pod.
   *
   * @return the entries of {@code annotations}; empty when absent
   */
  public abstract Map<String, String> annotations();

  /**
   * EPP pod template.
   *
   * @return {@code template}, if set
   */
  public abstract Optional<Embedded<PodSpec>> template();

  /**
   * EPP configuration.
   *
   * @return {@code config}, if set
   */
  public abstract Optional<SchedulerConfigSpec> config();

  /**
   * EPP replicas (the webhook requires more than 0).
   *
   * @return {@code replicas}, if set
   */
  public abstract Optional<Integer> replicas();

  /**
   * Tokenizer sidecar.
   *
   * @return {@code tokenizer}, if set
   */
  public abstract Optional<TokenizerSpec> tokenizer();

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
   * Builds {@link SchedulerSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableSchedulerSpec.Builder
      implements SchedulerBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code pool} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param pool fills the builder
     * @return this builder
     */
    public Builder pool(Consumer<InferencePoolSpec.Builder> pool) {
      return pool(
          NestedEdit.model(
              this,
              "pool",
              InferencePoolSpec.class,
              InferencePoolSpec::toBuilder,
              InferencePoolSpec::builder,
              pool,
              InferencePoolSpec.Builder::build));
    }
  }
}
