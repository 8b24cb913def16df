package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.ObjectReference;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** An address and where it comes from ({@code status.addresses[]}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableSourcedAddress.class)
@JsonDeserialize(as = ImmutableSourcedAddress.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SourcedAddress {
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
   * CA certificates.
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
   * Object that provides the address.
   *
   * @return {@code origin}, if set
   */
  public abstract Optional<ObjectReference> origin();

  /**
   * Models served there.
   *
   * @return the items of {@code models}; empty when absent
   */
  public abstract List<ModelRef> models();

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
   * Builds {@link SourcedAddress}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableSourcedAddress.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code origin} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param origin fills the builder
     * @return this builder
     */
    public Builder origin(Consumer<ObjectReference.Builder> origin) {
      return origin(
          NestedEdit.model(
              this,
              "origin",
              ObjectReference.class,
              ObjectReference::toBuilder,
              ObjectReference::builder,
              origin,
              ObjectReference.Builder::build));
    }

    /**
     * Adds an item of {@code models} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addModels(Consumer<ModelRef.Builder> item) {
      ModelRef.Builder b = ModelRef.builder();
      item.accept(b);
      return addModels(b.build());
    }
  }
}
