package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Condition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Status of an LLMInferenceServiceConfig (v1alpha1); unknown fields are ignored. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceConfigStatus.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceConfigStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LLMInferenceServiceConfigStatus {
  /**
   * Generation last reconciled.
   *
   * @return {@code observedGeneration}, if set
   */
  public abstract Optional<Long> observedGeneration();

  /**
   * Conditions.
   *
   * @return the items of {@code conditions}; empty when absent
   */
  public abstract List<Condition> conditions();

  /**
   * Status annotations (e.g. pinned preset names).
   *
   * @return the entries of {@code annotations}; empty when absent
   */
  public abstract Map<String, String> annotations();

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
   * Builds {@link LLMInferenceServiceConfigStatus}; nested values can be given as lambdas over
   * their own builders.
   */
  public static final class Builder extends ImmutableLLMInferenceServiceConfigStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds an item of {@code conditions} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addConditions(Consumer<Condition.Builder> item) {
      Condition.Builder b = Condition.builder();
      item.accept(b);
      return addConditions(b.build());
    }
  }
}
