package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.KnativeStatus;
import dev.llmisvc.api.common.KnativeStatusBuilder;
import dev.llmisvc.api.common.UntypedObjectReference;
import java.util.List;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Status of an LLMInferenceServiceConfig (v1alpha2): the {@link KnativeStatus} fields and {@code
 * referencedBy}; unknown fields are ignored.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceConfigStatus.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceConfigStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LLMInferenceServiceConfigStatus extends KnativeStatus {
  /**
   * Services using this config.
   *
   * @return the items of {@code referencedBy}; empty when absent
   */
  public abstract List<UntypedObjectReference> referencedBy();

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

    /**
     * Adds an item of {@code referencedBy} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addReferencedBy(Consumer<UntypedObjectReference.Builder> item) {
      UntypedObjectReference.Builder b = UntypedObjectReference.builder();
      item.accept(b);
      return addReferencedBy(b.build());
    }
  }
}
