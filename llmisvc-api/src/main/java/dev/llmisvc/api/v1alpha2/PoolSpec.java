package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * GIE v1 ({@code inference.networking.k8s.io/v1}) InferencePool spec, the shape of v1alpha2 {@code
 * pool.spec}.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePoolSpec.class)
@JsonDeserialize(as = ImmutablePoolSpec.class)
public abstract class PoolSpec {
  /**
   * Pods of the pool.
   *
   * @return {@code selector}, if set
   */
  public abstract Optional<PoolSelector> selector();

  /**
   * Target ports (1..8).
   *
   * @return the items of {@code targetPorts}; empty when absent
   */
  public abstract List<PoolPort> targetPorts();

  /**
   * Protocol (default {@code http}).
   *
   * @return {@code appProtocol}, if set
   */
  public abstract Optional<AppProtocol> appProtocol();

  /**
   * Endpoint picker.
   *
   * @return {@code endpointPickerRef}, if set
   */
  public abstract Optional<EndpointPickerRef> endpointPickerRef();

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

  /** Builds {@link PoolSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutablePoolSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code selector} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param selector fills the builder
     * @return this builder
     */
    public Builder selector(Consumer<PoolSelector.Builder> selector) {
      return selector(
          NestedEdit.model(
              this,
              "selector",
              PoolSelector.class,
              PoolSelector::toBuilder,
              PoolSelector::builder,
              selector,
              PoolSelector.Builder::build));
    }

    /**
     * Adds an item of {@code targetPorts} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addTargetPorts(Consumer<PoolPort.Builder> item) {
      PoolPort.Builder b = PoolPort.builder();
      item.accept(b);
      return addTargetPorts(b.build());
    }

    /**
     * Edits {@code endpointPickerRef} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param endpointPickerRef fills the builder
     * @return this builder
     */
    public Builder endpointPickerRef(Consumer<EndpointPickerRef.Builder> endpointPickerRef) {
      return endpointPickerRef(
          NestedEdit.model(
              this,
              "endpointPickerRef",
              EndpointPickerRef.class,
              EndpointPickerRef::toBuilder,
              EndpointPickerRef::builder,
              endpointPickerRef,
              EndpointPickerRef.Builder::build));
    }
  }
}
