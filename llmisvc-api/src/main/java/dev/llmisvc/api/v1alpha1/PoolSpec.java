package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * GIE v1alpha2 ({@code inference.networking.x-k8s.io/v1alpha2}) InferencePool spec, the shape of
 * v1alpha1 {@code pool.spec}.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePoolSpec.class)
@JsonDeserialize(as = ImmutablePoolSpec.class)
public abstract class PoolSpec {
  /**
   * Labels of the model server pods (required, always written).
   *
   * @return the entries of {@code selector}; empty when absent
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Map<String, String> selector();

  /**
   * Target port (required by the CRD).
   *
   * @return {@code targetPortNumber}, if set
   */
  public abstract Optional<Integer> targetPortNumber();

  /**
   * Endpoint picker.
   *
   * @return {@code extensionRef}, if set
   */
  public abstract Optional<PoolExtension> extensionRef();

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
     * Edits {@code extensionRef} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param extensionRef fills the builder
     * @return this builder
     */
    public Builder extensionRef(Consumer<PoolExtension.Builder> extensionRef) {
      return extensionRef(
          NestedEdit.model(
              this,
              "extensionRef",
              PoolExtension.class,
              PoolExtension::toBuilder,
              PoolExtension::builder,
              extensionRef,
              PoolExtension.Builder::build));
    }
  }
}
