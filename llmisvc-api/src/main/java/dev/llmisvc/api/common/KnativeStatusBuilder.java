package dev.llmisvc.api.common;

import java.util.function.Consumer;

/**
 * Lambda conveniences for the {@link KnativeStatus} fields, shared by every status builder.
 *
 * @param <B> the concrete builder
 */
public interface KnativeStatusBuilder<B extends KnativeStatusBuilder<B>> {
  /**
   * Adds an item of {@code conditions}.
   *
   * @param element the item
   * @return this builder
   */
  B addConditions(Condition element);

  /**
   * Adds an item of {@code conditions} from a nested builder.
   *
   * @param item fills the builder
   * @return this builder
   */
  default B addConditions(Consumer<Condition.Builder> item) {
    Condition.Builder b = Condition.builder();
    item.accept(b);
    return addConditions(b.build());
  }
}
