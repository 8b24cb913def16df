package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.GatewayRoutesSpec;
import dev.llmisvc.api.common.GatewaySpec;
import dev.llmisvc.api.common.IngressSpec;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.RouterBuilder;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Routing ({@code router}); empty objects are meaningful and mean "managed". */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableRouterSpec.class)
@JsonDeserialize(as = ImmutableRouterSpec.class)
public abstract class RouterSpec {
  /**
   * HTTPRoute.
   *
   * @return {@code route}, if set
   */
  public abstract Optional<GatewayRoutesSpec> route();

  /**
   * Gateway.
   *
   * @return {@code gateway}, if set
   */
  public abstract Optional<GatewaySpec> gateway();

  /**
   * Ingress.
   *
   * @return {@code ingress}, if set
   */
  public abstract Optional<IngressSpec> ingress();

  /**
   * Endpoint picker.
   *
   * @return {@code scheduler}, if set
   */
  public abstract Optional<SchedulerSpec> scheduler();

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

  /** Builds {@link RouterSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableRouterSpec.Builder
      implements RouterBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code scheduler} with its builder, starting from the value this builder holds (empty
     * if none).
     *
     * @param scheduler fills the builder
     * @return this builder
     */
    public Builder scheduler(Consumer<SchedulerSpec.Builder> scheduler) {
      return scheduler(
          NestedEdit.model(
              this,
              "scheduler",
              SchedulerSpec.class,
              SchedulerSpec::toBuilder,
              SchedulerSpec::builder,
              scheduler,
              SchedulerSpec.Builder::build));
    }
  }
}
