package dev.llmisvc.api.common;

import java.util.function.Consumer;

/**
 * Lambda conveniences for the {@code router} fields whose types both versions share ({@code route},
 * {@code gateway}, {@code ingress}); {@code scheduler} differs per version and stays on each
 * version's {@code RouterSpec.Builder}.
 *
 * @param <B> the concrete builder
 */
public interface RouterBuilder<B extends RouterBuilder<B>> {
  /**
   * Sets {@code route}.
   *
   * @param route the value
   * @return this builder
   */
  B route(GatewayRoutesSpec route);

  /**
   * Sets {@code gateway}.
   *
   * @param gateway the value
   * @return this builder
   */
  B gateway(GatewaySpec gateway);

  /**
   * Sets {@code ingress}.
   *
   * @param ingress the value
   * @return this builder
   */
  B ingress(IngressSpec ingress);

  /**
   * Edits {@code route} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param route fills the builder
   * @return this builder
   */
  default B route(Consumer<GatewayRoutesSpec.Builder> route) {
    return route(
        NestedEdit.model(
            this,
            "route",
            GatewayRoutesSpec.class,
            GatewayRoutesSpec::toBuilder,
            GatewayRoutesSpec::builder,
            route,
            GatewayRoutesSpec.Builder::build));
  }

  /**
   * Edits {@code gateway} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param gateway fills the builder
   * @return this builder
   */
  default B gateway(Consumer<GatewaySpec.Builder> gateway) {
    return gateway(
        NestedEdit.model(
            this,
            "gateway",
            GatewaySpec.class,
            GatewaySpec::toBuilder,
            GatewaySpec::builder,
            gateway,
            GatewaySpec.Builder::build));
  }

  /**
   * Edits {@code ingress} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param ingress fills the builder
   * @return this builder
   */
  default B ingress(Consumer<IngressSpec.Builder> ingress) {
    return ingress(
        NestedEdit.model(
            this,
            "ingress",
            IngressSpec.class,
            IngressSpec::toBuilder,
            IngressSpec::builder,
            ingress,
            IngressSpec.Builder::build));
  }
}
