package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Confidential model decryption ({@code model.confidential}, v1alpha2 only). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableConfidentialSpec.class)
@JsonDeserialize(as = ImmutableConfidentialSpec.class)
public abstract class ConfidentialSpec {
  /**
   * Whether confidential mode is on (required, always written).
   *
   * @return {@code enabled}
   */
  public abstract boolean enabled();

  /**
   * KBS resource id, {@code kbs:///<repo>/<type>/<tag>}.
   *
   * @return {@code resourceId}, if set
   */
  public abstract Optional<String> resourceId();

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
   * Builds {@link ConfidentialSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableConfidentialSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
