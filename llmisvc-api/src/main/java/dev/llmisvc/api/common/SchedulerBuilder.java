package dev.llmisvc.api.common;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.function.Consumer;

/**
 * Lambda conveniences for the {@code router.scheduler} fields whose types both versions share
 * ({@code template}, {@code config}, {@code tokenizer}); {@code pool} differs per version and stays
 * on each version's {@code SchedulerSpec.Builder}.
 *
 * @param <B> the concrete builder
 */
public interface SchedulerBuilder<B extends SchedulerBuilder<B>> {
  /**
   * Sets {@code template}.
   *
   * @param template the value
   * @return this builder
   */
  B template(Embedded<PodSpec> template);

  /**
   * Sets {@code config}.
   *
   * @param config the value
   * @return this builder
   */
  B config(SchedulerConfigSpec config);

  /**
   * Sets {@code tokenizer}.
   *
   * @param tokenizer the value
   * @return this builder
   */
  B tokenizer(TokenizerSpec tokenizer);

  /**
   * Sets {@code template} to a frozen copy of {@code template}.
   *
   * @param template the value
   * @return this builder
   */
  default B template(PodSpec template) {
    return template(Embedded.of(template));
  }

  /**
   * Edits {@code template} with a fabric8 builder, starting from a copy of the value this builder
   * holds (empty if none).
   *
   * @param template fills the builder
   * @return this builder
   */
  default B template(Consumer<PodSpecBuilder> template) {
    return template(
        NestedEdit.embedded(
            this,
            "template",
            (PodSpec v) -> new PodSpecBuilder(v),
            PodSpecBuilder::new,
            template,
            PodSpecBuilder::build));
  }

  /**
   * Edits {@code config} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param config fills the builder
   * @return this builder
   */
  default B config(Consumer<SchedulerConfigSpec.Builder> config) {
    return config(
        NestedEdit.model(
            this,
            "config",
            SchedulerConfigSpec.class,
            SchedulerConfigSpec::toBuilder,
            SchedulerConfigSpec::builder,
            config,
            SchedulerConfigSpec.Builder::build));
  }

  /**
   * Edits {@code tokenizer} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param tokenizer fills the builder
   * @return this builder
   */
  default B tokenizer(Consumer<TokenizerSpec.Builder> tokenizer) {
    return tokenizer(
        NestedEdit.model(
            this,
            "tokenizer",
            TokenizerSpec.class,
            TokenizerSpec::toBuilder,
            TokenizerSpec::builder,
            tokenizer,
            TokenizerSpec.Builder::build));
  }
}
