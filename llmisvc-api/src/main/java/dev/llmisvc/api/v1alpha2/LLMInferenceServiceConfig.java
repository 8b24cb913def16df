package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.UnknownValueException;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
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
public abstract class LLMInferenceServiceConfig {
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
  @Value.Default
  public String apiVersion() {
    return API_VERSION;
  }

  /**
   * Always {@value #KIND}; another value is rejected.
   *
   * @return the kind
   */
  @Value.Default
  public String kind() {
    return KIND;
  }

  /**
   * Object metadata; anything a server prints is accepted.
   *
   * @return the metadata (empty when none was given)
   */
  @Value.Default
  public Embedded<ObjectMeta> metadata() {
    return Embedded.of(new ObjectMeta());
  }

  /**
   * The spec (always written, {@code {}} when empty).
   *
   * @return the spec
   */
  @Value.Default
  public LLMInferenceServiceSpec spec() {
    return LLMInferenceServiceSpec.builder().build();
  }

  /**
   * The status, when read from a server.
   *
   * @return the status, if any
   */
  public abstract Optional<LLMInferenceServiceConfigStatus> status();

  /**
   * {@code metadata.name}.
   *
   * @return the name, if set
   */
  public Optional<String> name() {
    return Optional.ofNullable(metadata().get().getName());
  }

  /**
   * {@code metadata.namespace}.
   *
   * @return the namespace, if set
   */
  public Optional<String> namespace() {
    return Optional.ofNullable(metadata().get().getNamespace());
  }

  @Value.Check
  void checkTypeMeta() {
    if (!API_VERSION.equals(apiVersion())) {
      throw new UnknownValueException(apiVersion(), List.of(API_VERSION), "apiVersion");
    }
    if (!KIND.equals(kind())) {
      throw new UnknownValueException(kind(), List.of(KIND), "kind");
    }
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
  public static final class Builder extends ImmutableLLMInferenceServiceConfig.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets {@code metadata} to a frozen copy of {@code metadata}.
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(ObjectMeta metadata) {
      return metadata(Embedded.of(metadata));
    }

    /**
     * Sets {@code metadata} from a fabric8 builder.
     *
     * @param metadata fills the builder
     * @return this builder
     */
    public Builder metadata(Consumer<ObjectMetaBuilder> metadata) {
      ObjectMetaBuilder b = new ObjectMetaBuilder();
      metadata.accept(b);
      return metadata(Embedded.of(b.build()));
    }

    /**
     * Sets {@code spec} from a nested builder.
     *
     * @param spec fills the builder
     * @return this builder
     */
    public Builder spec(Consumer<LLMInferenceServiceSpec.Builder> spec) {
      LLMInferenceServiceSpec.Builder b = LLMInferenceServiceSpec.builder();
      spec.accept(b);
      return spec(b.build());
    }

    /**
     * Sets {@code status} from a nested builder.
     *
     * @param status fills the builder
     * @return this builder
     */
    public Builder status(Consumer<LLMInferenceServiceConfigStatus.Builder> status) {
      LLMInferenceServiceConfigStatus.Builder b = LLMInferenceServiceConfigStatus.builder();
      status.accept(b);
      return status(b.build());
    }
  }
}
