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
   * Sets {@code route} from a nested builder.
   *
   * @param route fills the builder
   * @return this builder
   */
  default B route(Consumer<GatewayRoutesSpec.Builder> route) {
    GatewayRoutesSpec.Builder b = GatewayRoutesSpec.builder();
    route.accept(b);
    return route(b.build());
  }

  /**
   * Sets {@code gateway} from a nested builder.
   *
   * @param gateway fills the builder
   * @return this builder
   */
  default B gateway(Consumer<GatewaySpec.Builder> gateway) {
    GatewaySpec.Builder b = GatewaySpec.builder();
    gateway.accept(b);
    return gateway(b.build());
  }

  /**
   * Sets {@code ingress} from a nested builder.
   *
   * @param ingress fills the builder
   * @return this builder
   */
  default B ingress(Consumer<IngressSpec.Builder> ingress) {
    IngressSpec.Builder b = IngressSpec.builder();
    ingress.accept(b);
    return ingress(b.build());
  }
}
