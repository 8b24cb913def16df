package dev.llmisvc.api.common;

import java.util.function.Consumer;

/**
 * Lambda conveniences for the KEDA settings.
 *
 * @param <B> the concrete builder
 */
public interface KedaScalingBuilder<B extends KedaScalingBuilder<B>> {
  /**
   * Sets {@code fallback}.
   *
   * @param fallback the value
   * @return this builder
   */
  B fallback(KedaFallback fallback);

  /**
   * Sets {@code advanced}.
   *
   * @param advanced the value
   * @return this builder
   */
  B advanced(KedaAdvancedConfig advanced);

  /**
   * Sets {@code fallback} from a nested builder.
   *
   * @param fallback fills the builder
   * @return this builder
   */
  default B fallback(Consumer<KedaFallback.Builder> fallback) {
    KedaFallback.Builder b = KedaFallback.builder();
    fallback.accept(b);
    return fallback(b.build());
  }

  /**
   * Sets {@code advanced} from a nested builder.
   *
   * @param advanced fills the builder
   * @return this builder
   */
  default B advanced(Consumer<KedaAdvancedConfig.Builder> advanced) {
    KedaAdvancedConfig.Builder b = KedaAdvancedConfig.builder();
    advanced.accept(b);
    return advanced(b.build());
  }
}
