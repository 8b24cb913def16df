package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Addressable;
import dev.llmisvc.api.common.KnativeStatus;
import dev.llmisvc.api.common.KnativeStatusBuilder;
import dev.llmisvc.api.common.NestedEdit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Status of an LLMInferenceService (v1alpha1); unknown fields are ignored so that any server output
 * reads.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceStatus.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
// url before the inherited KnativeStatus fields, as in KServe's Go struct
@JsonPropertyOrder({"url", "observedGeneration", "conditions", "annotations"})
public abstract class LLMInferenceServiceStatus extends KnativeStatus {
  /**
   * Main URL.
   *
   * @return {@code url}, if set
   */
  public abstract Optional<String> url();

  /**
   * Address (deprecated).
   *
   * @return {@code address}, if set
   */
  public abstract Optional<Addressable> address();

  /**
   * Addresses.
   *
   * @return the items of {@code addresses}; empty when absent
   */
  public abstract List<Addressable> addresses();

  /**
   * Routing objects.
   *
   * @return {@code router}, if set
   */
  public abstract Optional<RouterStatus> router();

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
   * Builds {@link LLMInferenceServiceStatus}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableLLMInferenceServiceStatus.Builder
      implements KnativeStatusBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code address} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param address fills the builder
     * @return this builder
     */
    public Builder address(Consumer<Addressable.Builder> address) {
      return address(
          NestedEdit.model(
              this,
              "address",
              Addressable.class,
              Addressable::toBuilder,
              Addressable::builder,
              address,
              Addressable.Builder::build));
    }

    /**
     * Adds an item of {@code addresses} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addAddresses(Consumer<Addressable.Builder> item) {
      Addressable.Builder b = Addressable.builder();
      item.accept(b);
      return addAddresses(b.build());
    }

    /**
     * Edits {@code router} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param router fills the builder
     * @return this builder
     */
    public Builder router(Consumer<RouterStatus.Builder> router) {
      return router(
          NestedEdit.model(
              this,
              "router",
              RouterStatus.class,
              RouterStatus::toBuilder,
              RouterStatus::builder,
              router,
              RouterStatus.Builder::build));
    }
  }
}
