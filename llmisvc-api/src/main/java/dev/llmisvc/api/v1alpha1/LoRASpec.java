package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * LoRA adapters ({@code model.lora}). The CRD keeps {@code adapters} schemaless, so each adapter is
 * kept as JSON, extra fields included.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLoRASpec.class)
@JsonDeserialize(as = ImmutableLoRASpec.class)
public abstract class LoRASpec {
  /**
   * Adapters, each an {@code LLMModelSpec} plus whatever else was written.
   *
   * @return the items of {@code adapters}; empty when absent
   */
  public abstract List<Embedded<JsonNode>> adapters();

  /**
   * vLLM {@code --max-lora-rank} (minimum 1).
   *
   * @return {@code maxRank}, if set
   */
  public abstract Optional<Integer> maxRank();

  /**
   * vLLM {@code --max-loras} (minimum 1).
   *
   * @return {@code maxAdapters}, if set
   */
  public abstract Optional<Integer> maxAdapters();

  /**
   * vLLM {@code --max-cpu-loras} (minimum 1).
   *
   * @return {@code maxCpuAdapters}, if set
   */
  public abstract Optional<Integer> maxCpuAdapters();

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

  /** Builds {@link LoRASpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableLoRASpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds a copy of a JSON tree to {@code adapters}.
     *
     * @param item the value
     * @return this builder
     */
    public Builder addAdapters(JsonNode item) {
      return addAdapters(Embedded.of(item));
    }

    /**
     * Adds an adapter given as a typed model.
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder addAdapter(LLMModelSpec adapter) {
      return addAdapters(dev.llmisvc.api.yaml.LlmisvcMapper.toTree(adapter));
    }
  }
}
