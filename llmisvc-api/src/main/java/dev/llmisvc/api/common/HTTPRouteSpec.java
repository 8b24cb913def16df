package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * KServe's wrapper around an HTTPRoute ({@code route.http}): existing routes by reference, or an
 * inline Gateway API spec.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableHTTPRouteSpec.class)
@JsonDeserialize(as = ImmutableHTTPRouteSpec.class)
public abstract class HTTPRouteSpec {
  /**
   * Existing HTTPRoutes to use.
   *
   * @return the items of {@code refs}; empty when absent
   */
  public abstract List<Embedded<LocalObjectReference>> refs();

  /**
   * Inline Gateway API v1 HTTPRoute spec.
   *
   * @return {@code spec}, if set
   */
  public abstract Optional<Embedded<io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec>>
      spec();

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
   * Builds {@link HTTPRouteSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableHTTPRouteSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds {@code {name: ...}} to {@code refs}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder addRefs(String name) {
      return addRefs(Embedded.of(new LocalObjectReference(name)));
    }

    /**
     * Sets {@code spec} to a frozen copy of {@code spec}.
     *
     * @param spec the value
     * @return this builder
     */
    public Builder spec(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec spec) {
      return spec(Embedded.of(spec));
    }

    /**
     * Edits {@code spec} with a fabric8 builder, starting from a copy of the value this builder
     * holds (empty if none).
     *
     * @param spec fills the builder
     * @return this builder
     */
    public Builder spec(
        Consumer<io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpecBuilder> spec) {
      return spec(
          NestedEdit.embedded(
              this,
              "spec",
              (io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec v) ->
                  new io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpecBuilder(v),
              io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpecBuilder::new,
              spec,
              io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpecBuilder::build));
    }
  }
}
