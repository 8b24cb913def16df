package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Objects of the scheduler ({@code status.router.scheduler}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableSchedulerStatus.class)
@JsonDeserialize(as = ImmutableSchedulerStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SchedulerStatus {
  /**
   * The InferencePool.
   *
   * @return {@code inferencePool}, if set
   */
  public abstract Optional<ObjectReference> inferencePool();

  /**
   * The EPP Service.
   *
   * @return {@code service}, if set
   */
  public abstract Optional<ObjectReference> service();

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
   * Builds {@link SchedulerStatus}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableSchedulerStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code inferencePool} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param inferencePool fills the builder
     * @return this builder
     */
    public Builder inferencePool(Consumer<ObjectReference.Builder> inferencePool) {
      return inferencePool(
          NestedEdit.model(
              this,
              "inferencePool",
              ObjectReference.class,
              ObjectReference::toBuilder,
              ObjectReference::builder,
              inferencePool,
              ObjectReference.Builder::build));
    }

    /**
     * Edits {@code service} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param service fills the builder
     * @return this builder
     */
    public Builder service(Consumer<ObjectReference.Builder> service) {
      return service(
          NestedEdit.model(
              this,
              "service",
              ObjectReference.class,
              ObjectReference::toBuilder,
              ObjectReference::builder,
              service,
              ObjectReference.Builder::build));
    }
  }
}
