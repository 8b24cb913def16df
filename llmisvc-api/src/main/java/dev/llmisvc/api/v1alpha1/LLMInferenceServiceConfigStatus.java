package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.KnativeStatus;
import dev.llmisvc.api.common.KnativeStatusBuilder;
import org.immutables.value.Value;

/**
 * Status of an LLMInferenceServiceConfig (v1alpha1): only the {@link KnativeStatus} fields; unknown
 * fields are ignored.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceConfigStatus.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceConfigStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LLMInferenceServiceConfigStatus extends KnativeStatus {
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
  public static final class Builder extends ImmutableLLMInferenceServiceConfigStatus.Builder
      implements KnativeStatusBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
