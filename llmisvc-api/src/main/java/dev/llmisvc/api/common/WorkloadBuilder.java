package dev.llmisvc.api.common;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.function.Consumer;

/**
 * Lambda conveniences for the workload fields, shared by every builder that has them.
 *
 * @param <B> the concrete builder
 */
public interface WorkloadBuilder<B extends WorkloadBuilder<B>> {
  /**
   * Sets {@code scaling}.
   *
   * @param scaling the value
   * @return this builder
   */
  B scaling(ScalingSpec scaling);

  /**
   * Sets {@code parallelism}.
   *
   * @param parallelism the value
   * @return this builder
   */
  B parallelism(ParallelismSpec parallelism);

  /**
   * Sets {@code template}.
   *
   * @param template the value
   * @return this builder
   */
  B template(Embedded<PodSpec> template);

  /**
   * Sets {@code worker}.
   *
   * @param worker the value
   * @return this builder
   */
  B worker(Embedded<PodSpec> worker);

  /**
   * Sets {@code rolloutStrategy}.
   *
   * @param rolloutStrategy the value
   * @return this builder
   */
  B rolloutStrategy(RolloutStrategy rolloutStrategy);

  /**
   * Edits {@code scaling} with its builder, starting from the value this builder holds (empty if
   * none).
   *
   * @param scaling fills the builder
   * @return this builder
   */
  default B scaling(Consumer<ScalingSpec.Builder> scaling) {
    return scaling(
        NestedEdit.model(
            this,
            "scaling",
            ScalingSpec.class,
            ScalingSpec::toBuilder,
            ScalingSpec::builder,
            scaling,
            ScalingSpec.Builder::build));
  }

  /**
   * Edits {@code parallelism} with its builder, starting from the value this builder holds (empty
   * if none).
   *
   * @param parallelism fills the builder
   * @return this builder
   */
  default B parallelism(Consumer<ParallelismSpec.Builder> parallelism) {
    return parallelism(
        NestedEdit.model(
            this,
            "parallelism",
            ParallelismSpec.class,
            ParallelismSpec::toBuilder,
            ParallelismSpec::builder,
            parallelism,
            ParallelismSpec.Builder::build));
  }

  /**
   * Sets {@code template} to a frozen copy of {@code template}.
   *
   * @param template the value
   * @return this builder
   */
  default B template(PodSpec template) {
    return template(Embedded.of(template));
  }

  /**
   * Edits {@code template} with a fabric8 builder, starting from a copy of the value this builder
   * holds (empty if none).
   *
   * @param template fills the builder
   * @return this builder
   */
  default B template(Consumer<PodSpecBuilder> template) {
    return template(
        NestedEdit.embedded(
            this,
            "template",
            (PodSpec v) -> new PodSpecBuilder(v),
            PodSpecBuilder::new,
            template,
            PodSpecBuilder::build));
  }

  /**
   * Sets {@code worker} to a frozen copy of {@code worker}.
   *
   * @param worker the value
   * @return this builder
   */
  default B worker(PodSpec worker) {
    return worker(Embedded.of(worker));
  }

  /**
   * Edits {@code worker} with a fabric8 builder, starting from a copy of the value this builder
   * holds (empty if none).
   *
   * @param worker fills the builder
   * @return this builder
   */
  default B worker(Consumer<PodSpecBuilder> worker) {
    return worker(
        NestedEdit.embedded(
            this,
            "worker",
            (PodSpec v) -> new PodSpecBuilder(v),
            PodSpecBuilder::new,
            worker,
            PodSpecBuilder::build));
  }

  /**
   * Edits {@code rolloutStrategy} with its builder, starting from the value this builder holds
   * (empty if none).
   *
   * @param rolloutStrategy fills the builder
   * @return this builder
   */
  default B rolloutStrategy(Consumer<RolloutStrategy.Builder> rolloutStrategy) {
    return rolloutStrategy(
        NestedEdit.model(
            this,
            "rolloutStrategy",
            RolloutStrategy.class,
            RolloutStrategy::toBuilder,
            RolloutStrategy::builder,
            rolloutStrategy,
            RolloutStrategy.Builder::build));
  }
}
