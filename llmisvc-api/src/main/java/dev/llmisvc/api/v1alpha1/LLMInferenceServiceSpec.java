package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.StorageInitializerSpec;
import dev.llmisvc.api.common.TracingSpec;
import dev.llmisvc.api.common.Workload;
import dev.llmisvc.api.common.WorkloadBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The {@code spec} of an LLMInferenceService or LLMInferenceServiceConfig (v1alpha1). KServe embeds
 * {@code WorkloadSpec} inline, so the main workload's fields are declared here directly (see {@link
 * #workload()}); that keeps the JSON flat and round-trips exactly, which {@code @JsonUnwrapped}
 * cannot do with Immutables.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableLLMInferenceServiceSpec.class)
@JsonDeserialize(as = ImmutableLLMInferenceServiceSpec.class)
@JsonPropertyOrder({
  "model",
  "storageInitializer",
  "replicas",
  "scaling",
  "parallelism",
  "labels",
  "annotations",
  "template",
  "worker",
  "rolloutStrategy",
  "router",
  "prefill",
  "tracing",
  "baseRefs"
})
public abstract class LLMInferenceServiceSpec implements Workload {
  /**
   * The model. Go clients always write it ({@code {uri: ""}} when unset); this model writes it only
   * when set.
   *
   * @return {@code model}, if set
   */
  public abstract Optional<LLMModelSpec> model();

  /**
   * Model download.
   *
   * @return {@code storageInitializer}, if set
   */
  public abstract Optional<StorageInitializerSpec> storageInitializer();

  /**
   * Routing.
   *
   * @return {@code router}, if set
   */
  public abstract Optional<RouterSpec> router();

  /**
   * Prefill workload; present means prefill/decode disaggregation.
   *
   * @return {@code prefill}, if set
   */
  public abstract Optional<WorkloadSpec> prefill();

  /**
   * Tracing; present (even {@code {}}) means on.
   *
   * @return {@code tracing}, if set
   */
  public abstract Optional<TracingSpec> tracing();

  /**
   * LLMInferenceServiceConfigs merged under this spec, in order (later wins).
   *
   * @return the items of {@code baseRefs}; empty when absent
   */
  public abstract List<Embedded<LocalObjectReference>> baseRefs();

  /**
   * The main (decode) workload: the workload fields that sit inline in {@code spec}, as a value.
   *
   * @return a view of the inline workload
   */
  public WorkloadSpec workload() {
    return WorkloadSpec.builder()
        .replicas(replicas())
        .scaling(scaling())
        .parallelism(parallelism())
        .labels(labels())
        .annotations(annotations())
        .template(template())
        .worker(worker())
        .rolloutStrategy(rolloutStrategy())
        .build();
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
   * Builds {@link LLMInferenceServiceSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableLLMInferenceServiceSpec.Builder
      implements WorkloadBuilder<Builder> {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code model} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param model fills the builder
     * @return this builder
     */
    public Builder model(Consumer<LLMModelSpec.Builder> model) {
      return model(
          NestedEdit.model(
              this,
              "model",
              LLMModelSpec.class,
              LLMModelSpec::toBuilder,
              LLMModelSpec::builder,
              model,
              LLMModelSpec.Builder::build));
    }

    /**
     * Edits {@code storageInitializer} with its builder, starting from the value this builder holds
     * (empty if none).
     *
     * @param storageInitializer fills the builder
     * @return this builder
     */
    public Builder storageInitializer(Consumer<StorageInitializerSpec.Builder> storageInitializer) {
      return storageInitializer(
          NestedEdit.model(
              this,
              "storageInitializer",
              StorageInitializerSpec.class,
              StorageInitializerSpec::toBuilder,
              StorageInitializerSpec::builder,
              storageInitializer,
              StorageInitializerSpec.Builder::build));
    }

    /**
     * Edits {@code router} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param router fills the builder
     * @return this builder
     */
    public Builder router(Consumer<RouterSpec.Builder> router) {
      return router(
          NestedEdit.model(
              this,
              "router",
              RouterSpec.class,
              RouterSpec::toBuilder,
              RouterSpec::builder,
              router,
              RouterSpec.Builder::build));
    }

    /**
     * Edits {@code prefill} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param prefill fills the builder
     * @return this builder
     */
    public Builder prefill(Consumer<WorkloadSpec.Builder> prefill) {
      return prefill(
          NestedEdit.model(
              this,
              "prefill",
              WorkloadSpec.class,
              WorkloadSpec::toBuilder,
              WorkloadSpec::builder,
              prefill,
              WorkloadSpec.Builder::build));
    }

    /**
     * Edits {@code tracing} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param tracing fills the builder
     * @return this builder
     */
    public Builder tracing(Consumer<TracingSpec.Builder> tracing) {
      return tracing(
          NestedEdit.model(
              this,
              "tracing",
              TracingSpec.class,
              TracingSpec::toBuilder,
              TracingSpec::builder,
              tracing,
              TracingSpec.Builder::build));
    }

    /**
     * Adds {@code {name: ...}} to {@code baseRefs}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder addBaseRefs(String name) {
      return addBaseRefs(Embedded.of(new LocalObjectReference(name)));
    }

    /**
     * Sets the inline workload fields from a workload value.
     *
     * @param workload the main workload
     * @return this builder
     */
    public Builder workload(WorkloadSpec workload) {
      return replicas(workload.replicas())
          .scaling(workload.scaling())
          .parallelism(workload.parallelism())
          .labels(workload.labels())
          .annotations(workload.annotations())
          .template(workload.template())
          .worker(workload.worker())
          .rolloutStrategy(workload.rolloutStrategy());
    }
  }
}
