package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Tokenizer sidecar of the scheduler ({@code scheduler.tokenizer}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableTokenizerSpec.class)
@JsonDeserialize(as = ImmutableTokenizerSpec.class)
public abstract class TokenizerSpec {
  /**
   * Tokenizer pod template (the CRD still requires {@code containers} here).
   *
   * @return {@code template}, if set
   */
  public abstract Optional<Embedded<PodSpec>> template();

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
   * Builds {@link TokenizerSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableTokenizerSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code template} to a frozen copy of {@code template}.
     *
     * @param template the value
     * @return this builder
     */
    public Builder template(PodSpec template) {
      return template(Embedded.of(template));
    }

    /**
     * Edits {@code template} with a fabric8 builder, starting from a copy of the value this builder
     * holds (empty if none).
     *
     * @param template fills the builder
     * @return this builder
     */
    public Builder template(Consumer<PodSpecBuilder> template) {
      return template(
          NestedEdit.embedded(
              this,
              "template",
              (PodSpec v) -> new PodSpecBuilder(v),
              PodSpecBuilder::new,
              template,
              PodSpecBuilder::build));
    }
  }
}
