package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import io.fabric8.kubernetes.api.model.ListMeta;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A list of {@link LLMInferenceService} ({@code kind: LLMInferenceServiceList}), as {@code kubectl
 * get -o yaml} prints it.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceList.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceList.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "items"})
public abstract class LLMInferenceServiceList {
  /** {@code kind}. */
  public static final String KIND = "LLMInferenceServiceList";

  /**
   * {@code apiVersion}.
   *
   * @return the apiVersion
   */
  @Value.Default
  public String apiVersion() {
    return LLMInferenceService.API_VERSION;
  }

  /**
   * {@code kind}.
   *
   * @return the kind
   */
  @Value.Default
  public String kind() {
    return KIND;
  }

  /**
   * List metadata.
   *
   * @return the metadata, if any
   */
  public abstract Optional<Embedded<ListMeta>> metadata();

  /**
   * The items (always written, as Go does).
   *
   * @return the items
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract List<LLMInferenceService> items();

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LLMInferenceServiceList}. */
  public static final class Builder extends ImmutableLLMInferenceServiceList.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
