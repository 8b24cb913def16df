package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Routing ({@code router.route}); {@code {}} means a managed HTTPRoute. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableGatewayRoutesSpec.class)
@JsonDeserialize(as = ImmutableGatewayRoutesSpec.class)
public abstract class GatewayRoutesSpec {
  /**
   * HTTPRoute settings.
   *
   * @return {@code http}, if set
   */
  public abstract Optional<HTTPRouteSpec> http();

  /**
   * Traffic splitting group.
   *
   * @return {@code group}, if set
   */
  public abstract Optional<String> group();

  /**
   * Traffic splitting weight (0..1000000).
   *
   * @return {@code weight}, if set
   */
  public abstract Optional<Integer> weight();

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
   * Builds {@link GatewayRoutesSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableGatewayRoutesSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code http} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param http fills the builder
     * @return this builder
     */
    public Builder http(Consumer<HTTPRouteSpec.Builder> http) {
      return http(
          NestedEdit.model(
              this,
              "http",
              HTTPRouteSpec.class,
              HTTPRouteSpec::toBuilder,
              HTTPRouteSpec::builder,
              http,
              HTTPRouteSpec.Builder::build));
    }
  }
}
