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
   * Sets {@code scaling} from a nested builder.
   *
   * @param scaling fills the builder
   * @return this builder
   */
  default B scaling(Consumer<ScalingSpec.Builder> scaling) {
    ScalingSpec.Builder b = ScalingSpec.builder();
    scaling.accept(b);
    return scaling(b.build());
  }

  /**
   * Sets {@code parallelism} from a nested builder.
   *
   * @param parallelism fills the builder
   * @return this builder
   */
  default B parallelism(Consumer<ParallelismSpec.Builder> parallelism) {
    ParallelismSpec.Builder b = ParallelismSpec.builder();
    parallelism.accept(b);
    return parallelism(b.build());
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
   * Sets {@code template} from a fabric8 builder.
   *
   * @param template fills the builder
   * @return this builder
   */
  default B template(Consumer<PodSpecBuilder> template) {
    PodSpecBuilder b = new PodSpecBuilder();
    template.accept(b);
    return template(Embedded.of(b.build()));
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
   * Sets {@code worker} from a fabric8 builder.
   *
   * @param worker fills the builder
   * @return this builder
   */
  default B worker(Consumer<PodSpecBuilder> worker) {
    PodSpecBuilder b = new PodSpecBuilder();
    worker.accept(b);
    return worker(Embedded.of(b.build()));
  }

  /**
   * Sets {@code rolloutStrategy} from a nested builder.
   *
   * @param rolloutStrategy fills the builder
   * @return this builder
   */
  default B rolloutStrategy(Consumer<RolloutStrategy.Builder> rolloutStrategy) {
    RolloutStrategy.Builder b = RolloutStrategy.builder();
    rolloutStrategy.accept(b);
    return rolloutStrategy(b.build());
  }
}
