package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import io.fabric8.kubernetes.api.model.Quantity;
import org.immutables.value.Value;

/** An emptyDir KV cache tier. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableEmptyDirTierSpec.class)
@JsonDeserialize(as = ImmutableEmptyDirTierSpec.class)
public abstract class EmptyDirTierSpec {
  /**
   * Size (required).
   *
   * @return {@code size}
   */
  public abstract Embedded<Quantity> size();

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
   * Builds {@link EmptyDirTierSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableEmptyDirTierSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code size} to a quantity such as {@code "10Gi"}.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(String size) {
      return size(Embedded.of(new Quantity(size)));
    }
  }
}
