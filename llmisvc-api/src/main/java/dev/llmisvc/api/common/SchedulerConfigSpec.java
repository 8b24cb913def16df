package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelectorBuilder;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Endpoint picker configuration ({@code scheduler.config}): inline or from a ConfigMap. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableSchedulerConfigSpec.class)
@JsonDeserialize(as = ImmutableSchedulerConfigSpec.class)
public abstract class SchedulerConfigSpec {
  /**
   * Inline EPP configuration, arbitrary JSON passed verbatim.
   *
   * @return {@code inline}, if set
   */
  public abstract Optional<Embedded<JsonNode>> inline();

  /**
   * ConfigMap key holding the configuration.
   *
   * @return {@code ref}, if set
   */
  public abstract Optional<Embedded<ConfigMapKeySelector>> ref();

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
   * Builds {@link SchedulerConfigSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableSchedulerConfigSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code inline} to a copy of a JSON tree.
     *
     * @param inline the value
     * @return this builder
     */
    public Builder inline(JsonNode inline) {
      return inline(Embedded.of(inline));
    }

    /**
     * Sets {@code ref} to a frozen copy of {@code ref}.
     *
     * @param ref the value
     * @return this builder
     */
    public Builder ref(ConfigMapKeySelector ref) {
      return ref(Embedded.of(ref));
    }

    /**
     * Edits {@code ref} with a fabric8 builder, starting from a copy of the value this builder
     * holds (empty if none).
     *
     * @param ref fills the builder
     * @return this builder
     */
    public Builder ref(Consumer<ConfigMapKeySelectorBuilder> ref) {
      return ref(
          NestedEdit.embedded(
              this,
              "ref",
              (ConfigMapKeySelector v) -> new ConfigMapKeySelectorBuilder(v),
              ConfigMapKeySelectorBuilder::new,
              ref,
              ConfigMapKeySelectorBuilder::build));
    }
  }
}
