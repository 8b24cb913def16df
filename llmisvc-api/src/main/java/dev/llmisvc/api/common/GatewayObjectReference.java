package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A Gateway and optional listener ({@code gateway.refs[]}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableGatewayObjectReference.class)
@JsonDeserialize(as = ImmutableGatewayObjectReference.class)
public abstract class GatewayObjectReference {
  /**
   * Gateway name.
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * Gateway namespace.
   *
   * @return {@code namespace}, if set
   */
  public abstract Optional<String> namespace();

  /**
   * Listener name.
   *
   * @return {@code sectionName}, if set
   */
  public abstract Optional<String> sectionName();

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
   * Builds {@link GatewayObjectReference}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableGatewayObjectReference.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
