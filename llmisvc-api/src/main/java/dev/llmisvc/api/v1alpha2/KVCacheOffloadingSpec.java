package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** KV cache offloading ({@code kvCacheOffloading}, v1alpha2 only). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableKVCacheOffloadingSpec.class)
@JsonDeserialize(as = ImmutableKVCacheOffloadingSpec.class)
public abstract class KVCacheOffloadingSpec {
  /**
   * CPU memory for the KV cache (required).
   *
   * @return {@code cpu}
   */
  public abstract Embedded<Quantity> cpu();

  /**
   * Eviction policy (CRD default {@code lru}).
   *
   * @return {@code evictionPolicy}, if set
   */
  public abstract Optional<EvictionPolicy> evictionPolicy();

  /**
   * Secondary tiers.
   *
   * @return the items of {@code secondary}; empty when absent
   */
  public abstract List<SecondaryTierSpec> secondary();

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
   * Builds {@link KVCacheOffloadingSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableKVCacheOffloadingSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code cpu} to a quantity such as {@code "10Gi"}.
     *
     * @param cpu the value
     * @return this builder
     */
    public Builder cpu(String cpu) {
      return cpu(Embedded.of(new Quantity(cpu)));
    }

    /**
     * Adds an item of {@code secondary} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addSecondary(Consumer<SecondaryTierSpec.Builder> item) {
      SecondaryTierSpec.Builder b = SecondaryTierSpec.builder();
      item.accept(b);
      return addSecondary(b.build());
    }
  }
}
