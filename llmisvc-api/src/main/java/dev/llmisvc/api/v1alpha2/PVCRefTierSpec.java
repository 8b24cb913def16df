package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An existing PVC as a KV cache tier. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePVCRefTierSpec.class)
@JsonDeserialize(as = ImmutablePVCRefTierSpec.class)
public abstract class PVCRefTierSpec {
  /**
   * PVC name.
   *
   * @return {@code name}
   */
  public abstract String name();

  /**
   * Sub path inside the volume.
   *
   * @return {@code path}, if set
   */
  public abstract Optional<String> path();

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
   * Builds {@link PVCRefTierSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutablePVCRefTierSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
