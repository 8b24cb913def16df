package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.ServingObject;
import dev.llmisvc.api.common.ServingObjectBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * LLMInferenceServiceConfig {@code serving.kserve.io/v1alpha2}: a reusable fragment of spec that
 * services reference in {@code baseRefs} (presets are configs too); same spec type as the service.
 * This is the hub (storage) version.
 *
 * <p>Immutable; {@code metadata} is a fabric8 {@link ObjectMeta} frozen in an {@link Embedded}. Use
 * {@link LLMInferenceServiceConfigResource} with a fabric8 {@code KubernetesClient}.
 *
 * <pre>{@code
 * LLMInferenceServiceConfig svc = LLMInferenceServiceConfig.builder()
 *     .metadata(m -> m.withName("qwen").withNamespace("llm"))
 *     .spec(s -> s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct")).replicas(3)
 *         .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(sch -> {})))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceConfig.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceConfig.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public abstract class LLMInferenceServiceConfig
    implements ServingObject<LLMInferenceServiceSpec, LLMInferenceServiceConfigStatus> {
  /** API group. */
  public static final String GROUP = "serving.kserve.io";

  /** API version. */
  public static final String VERSION = "v1alpha2";

  /** {@code apiVersion} of this kind. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  /** {@code kind}. */
  public static final String KIND = "LLMInferenceServiceConfig";

  /** Resource plural. */
  public static final String PLURAL = "llminferenceserviceconfigs";

  /**
   * Always {@value #API_VERSION}; another value is rejected.
   *
   * @return the apiVersion
   */
  @Override
  @Value.Default
  public String apiVersion() {
    return API_VERSION;
  }

  /**
   * Always {@value #KIND}; another value is rejected.
   *
   * @return the kind
   */
  @Override
  @Value.Default
  public String kind() {
    return KIND;
  }

  @Override
  @Value.Default
  public Embedded<ObjectMeta> metadata() {
    return Embedded.of(new ObjectMeta());
  }

  @Override
  @Value.Default
  public LLMInferenceServiceSpec spec() {
    return LLMInferenceServiceSpec.builder().build();
  }

  @Override
  public abstract Optional<LLMInferenceServiceConfigStatus> status();

  @Value.Check
  void checkTypeMeta() {
    ServingObject.requireTypeMeta(this, API_VERSION, KIND);
  }

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
   * Builds {@link LLMInferenceServiceConfig}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableLLMInferenceServiceConfig.Builder
      implements ServingObjectBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code spec} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param spec fills the builder
     * @return this builder
     */
    public Builder spec(Consumer<LLMInferenceServiceSpec.Builder> spec) {
      return spec(
          NestedEdit.model(
              this,
              "spec",
              LLMInferenceServiceSpec.class,
              LLMInferenceServiceSpec::toBuilder,
              LLMInferenceServiceSpec::builder,
              spec,
              LLMInferenceServiceSpec.Builder::build));
    }

    /**
     * Edits {@code status} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param status fills the builder
     * @return this builder
     */
    public Builder status(Consumer<LLMInferenceServiceConfigStatus.Builder> status) {
      return status(
          NestedEdit.model(
              this,
              "status",
              LLMInferenceServiceConfigStatus.class,
              LLMInferenceServiceConfigStatus::toBuilder,
              LLMInferenceServiceConfigStatus::builder,
              status,
              LLMInferenceServiceConfigStatus.Builder::build));
    }
  }
}
