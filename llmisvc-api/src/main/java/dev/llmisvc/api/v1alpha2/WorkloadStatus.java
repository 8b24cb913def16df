package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Workload objects ({@code status.workloads}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableWorkloadStatus.class)
@JsonDeserialize(as = ImmutableWorkloadStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class WorkloadStatus {
  /**
   * Main workload.
   *
   * @return {@code primary}, if set
   */
  public abstract Optional<ObservedWorkloadStatus> primary();

  /**
   * Prefill workload.
   *
   * @return {@code prefill}, if set
   */
  public abstract Optional<ObservedWorkloadStatus> prefill();

  /**
   * Scheduler workload.
   *
   * @return {@code scheduler}, if set
   */
  public abstract Optional<ObservedWorkloadStatus> scheduler();

  /**
   * Workload Service.
   *
   * @return {@code service}, if set
   */
  public abstract Optional<TypedObjectReference> service();

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
   * Builds {@link WorkloadStatus}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableWorkloadStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code primary} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param primary fills the builder
     * @return this builder
     */
    public Builder primary(Consumer<ObservedWorkloadStatus.Builder> primary) {
      return primary(
          NestedEdit.model(
              this,
              "primary",
              ObservedWorkloadStatus.class,
              ObservedWorkloadStatus::toBuilder,
              ObservedWorkloadStatus::builder,
              primary,
              ObservedWorkloadStatus.Builder::build));
    }

    /**
     * Edits {@code prefill} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param prefill fills the builder
     * @return this builder
     */
    public Builder prefill(Consumer<ObservedWorkloadStatus.Builder> prefill) {
      return prefill(
          NestedEdit.model(
              this,
              "prefill",
              ObservedWorkloadStatus.class,
              ObservedWorkloadStatus::toBuilder,
              ObservedWorkloadStatus::builder,
              prefill,
              ObservedWorkloadStatus.Builder::build));
    }

    /**
     * Edits {@code scheduler} with its builder, starting from the value this builder holds (empty
     * if none).
     *
     * @param scheduler fills the builder
     * @return this builder
     */
    public Builder scheduler(Consumer<ObservedWorkloadStatus.Builder> scheduler) {
      return scheduler(
          NestedEdit.model(
              this,
              "scheduler",
              ObservedWorkloadStatus.class,
              ObservedWorkloadStatus::toBuilder,
              ObservedWorkloadStatus::builder,
              scheduler,
              ObservedWorkloadStatus.Builder::build));
    }

    /**
     * Edits {@code service} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param service fills the builder
     * @return this builder
     */
    public Builder service(Consumer<TypedObjectReference.Builder> service) {
      return service(
          NestedEdit.model(
              this,
              "service",
              TypedObjectReference.class,
              TypedObjectReference::toBuilder,
              TypedObjectReference::builder,
              service,
              TypedObjectReference.Builder::build));
    }
  }
}
