package dev.llmisvc.api.common;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.function.Consumer;

/**
 * Lambda conveniences for {@code metadata}, shared by the builders of every {@link ServingObject}.
 *
 * @param <B> the concrete builder
 */
public interface ServingObjectBuilder<B extends ServingObjectBuilder<B>> {
  /**
   * Sets {@code metadata}.
   *
   * @param metadata the value
   * @return this builder
   */
  B metadata(Embedded<ObjectMeta> metadata);

  /**
   * Sets {@code metadata} to a frozen copy of {@code metadata}.
   *
   * @param metadata the metadata
   * @return this builder
   */
  default B metadata(ObjectMeta metadata) {
    return metadata(Embedded.of(metadata));
  }

  /**
   * Edits {@code metadata} with a fabric8 builder, starting from a copy of the value this builder
   * holds (empty if none).
   *
   * @param metadata fills the builder
   * @return this builder
   */
  default B metadata(Consumer<ObjectMetaBuilder> metadata) {
    return metadata(
        NestedEdit.embedded(
            this,
            "metadata",
            (ObjectMeta v) -> new ObjectMetaBuilder(v),
            ObjectMetaBuilder::new,
            metadata,
            ObjectMetaBuilder::build));
  }
}
