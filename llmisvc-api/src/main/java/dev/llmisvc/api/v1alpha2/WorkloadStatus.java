package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
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
     * Sets {@code primary} from a nested builder.
     *
     * @param primary fills the builder
     * @return this builder
     */
    public Builder primary(Consumer<ObservedWorkloadStatus.Builder> primary) {
      ObservedWorkloadStatus.Builder b = ObservedWorkloadStatus.builder();
      primary.accept(b);
      return primary(b.build());
    }

    /**
     * Sets {@code prefill} from a nested builder.
     *
     * @param prefill fills the builder
     * @return this builder
     */
    public Builder prefill(Consumer<ObservedWorkloadStatus.Builder> prefill) {
      ObservedWorkloadStatus.Builder b = ObservedWorkloadStatus.builder();
      prefill.accept(b);
      return prefill(b.build());
    }

    /**
     * Sets {@code scheduler} from a nested builder.
     *
     * @param scheduler fills the builder
     * @return this builder
     */
    public Builder scheduler(Consumer<ObservedWorkloadStatus.Builder> scheduler) {
      ObservedWorkloadStatus.Builder b = ObservedWorkloadStatus.builder();
      scheduler.accept(b);
      return scheduler(b.build());
    }

    /**
     * Sets {@code service} from a nested builder.
     *
     * @param service fills the builder
     * @return this builder
     */
    public Builder service(Consumer<TypedObjectReference.Builder> service) {
      TypedObjectReference.Builder b = TypedObjectReference.builder();
      service.accept(b);
      return service(b.build());
    }
  }
}
