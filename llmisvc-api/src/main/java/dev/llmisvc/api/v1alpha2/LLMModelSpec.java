package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** The model to serve ({@code spec.model}, and each LoRA adapter). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMModelSpec.class)
@JsonDeserialize(as = ImmutableLLMModelSpec.class)
public abstract class LLMModelSpec {
  /**
   * Model location, e.g. {@code hf://org/model}, {@code s3://...}, {@code pvc://...} (required).
   *
   * @return {@code uri}
   */
  public abstract String uri();

  /**
   * Served model name (defaults to {@code metadata.name}).
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * LoRA adapters.
   *
   * @return {@code lora}, if set
   */
  public abstract Optional<LoRASpec> lora();

  /**
   * Confidential mode (v1alpha2 only).
   *
   * @return {@code confidential}, if set
   */
  public abstract Optional<ConfidentialSpec> confidential();

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

  /** Builds {@link LLMModelSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableLLMModelSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code lora} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param lora fills the builder
     * @return this builder
     */
    public Builder lora(Consumer<LoRASpec.Builder> lora) {
      return lora(
          NestedEdit.model(
              this,
              "lora",
              LoRASpec.class,
              LoRASpec::toBuilder,
              LoRASpec::builder,
              lora,
              LoRASpec.Builder::build));
    }

    /**
     * Edits {@code confidential} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param confidential fills the builder
     * @return this builder
     */
    public Builder confidential(Consumer<ConfidentialSpec.Builder> confidential) {
      return confidential(
          NestedEdit.model(
              this,
              "confidential",
              ConfidentialSpec.class,
              ConfidentialSpec::toBuilder,
              ConfidentialSpec::builder,
              confidential,
              ConfidentialSpec.Builder::build));
    }
  }
}
