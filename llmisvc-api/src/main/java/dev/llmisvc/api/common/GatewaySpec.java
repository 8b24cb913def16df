package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.List;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Gateway ({@code router.gateway}); {@code {}} means the managed gateway. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableGatewaySpec.class)
@JsonDeserialize(as = ImmutableGatewaySpec.class)
public abstract class GatewaySpec {
  /**
   * Existing Gateways.
   *
   * @return the items of {@code refs}; empty when absent
   */
  public abstract List<GatewayObjectReference> refs();

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

  /** Builds {@link GatewaySpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableGatewaySpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds an item of {@code refs} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addRefs(Consumer<GatewayObjectReference.Builder> item) {
      GatewayObjectReference.Builder b = GatewayObjectReference.builder();
      item.accept(b);
      return addRefs(b.build());
    }
  }
}
