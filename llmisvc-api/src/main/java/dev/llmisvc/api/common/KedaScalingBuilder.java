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
   * Edits {@code fallback} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param fallback fills the builder
   * @return this builder
   */
  default B fallback(Consumer<KedaFallback.Builder> fallback) {
    return fallback(
        NestedEdit.model(
            this,
            "fallback",
            KedaFallback.class,
            KedaFallback::toBuilder,
            KedaFallback::builder,
            fallback,
            KedaFallback.Builder::build));
  }

  /**
   * Edits {@code advanced} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param advanced fills the builder
   * @return this builder
   */
  default B advanced(Consumer<KedaAdvancedConfig.Builder> advanced) {
    return advanced(
        NestedEdit.model(
            this,
            "advanced",
            KedaAdvancedConfig.class,
            KedaAdvancedConfig::toBuilder,
            KedaAdvancedConfig::builder,
            advanced,
            KedaAdvancedConfig.Builder::build));
  }
}
