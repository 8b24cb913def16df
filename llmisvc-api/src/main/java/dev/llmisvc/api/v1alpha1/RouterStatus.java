package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.ObservedGateway;
import dev.llmisvc.api.common.SchedulerStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Routing objects ({@code status.router}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableRouterStatus.class)
@JsonDeserialize(as = ImmutableRouterStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class RouterStatus {
  /**
   * Gateways.
   *
   * @return the items of {@code gateways}; empty when absent
   */
  public abstract List<ObservedGateway> gateways();

  /**
   * Scheduler objects.
   *
   * @return {@code scheduler}, if set
   */
  public abstract Optional<SchedulerStatus> scheduler();

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

  /** Builds {@link RouterStatus}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableRouterStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds an item of {@code gateways} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addGateways(Consumer<ObservedGateway.Builder> item) {
      ObservedGateway.Builder b = ObservedGateway.builder();
      item.accept(b);
      return addGateways(b.build());
    }

    /**
     * Edits {@code scheduler} with its builder, starting from the value this builder holds (empty
     * if none).
     *
     * @param scheduler fills the builder
     * @return this builder
     */
    public Builder scheduler(Consumer<SchedulerStatus.Builder> scheduler) {
      return scheduler(
          NestedEdit.model(
              this,
              "scheduler",
              SchedulerStatus.class,
              SchedulerStatus::toBuilder,
              SchedulerStatus::builder,
              scheduler,
              SchedulerStatus.Builder::build));
    }
  }
}
