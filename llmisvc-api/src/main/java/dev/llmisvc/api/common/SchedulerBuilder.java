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
   * Sets {@code template} from a fabric8 builder.
   *
   * @param template fills the builder
   * @return this builder
   */
  default B template(Consumer<PodSpecBuilder> template) {
    PodSpecBuilder b = new PodSpecBuilder();
    template.accept(b);
    return template(Embedded.of(b.build()));
  }

  /**
   * Sets {@code config} from a nested builder.
   *
   * @param config fills the builder
   * @return this builder
   */
  default B config(Consumer<SchedulerConfigSpec.Builder> config) {
    SchedulerConfigSpec.Builder b = SchedulerConfigSpec.builder();
    config.accept(b);
    return config(b.build());
  }

  /**
   * Sets {@code tokenizer} from a nested builder.
   *
   * @param tokenizer fills the builder
   * @return this builder
   */
  default B tokenizer(Consumer<TokenizerSpec.Builder> tokenizer) {
    TokenizerSpec.Builder b = TokenizerSpec.builder();
    tokenizer.accept(b);
    return tokenizer(b.build());
  }
}
