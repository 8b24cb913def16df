package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A knative address ({@code status.address}, v1alpha1 {@code status.addresses[]}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableAddressable.class)
@JsonDeserialize(as = ImmutableAddressable.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Addressable {
  /**
   * Address name.
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * URL.
   *
   * @return {@code url}, if set
   */
  public abstract Optional<String> url();

  /**
   * CA certificates (JSON name {@code CACerts}).
   *
   * @return {@code CACerts}, if set
   */
  @JsonProperty("CACerts")
  public abstract Optional<String> caCerts();

  /**
   * OIDC audience.
   *
   * @return {@code audience}, if set
   */
  public abstract Optional<String> audience();

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

  /** Builds {@link Addressable}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableAddressable.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
