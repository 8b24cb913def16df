package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * KServe's post-merge fix-ups in their exact order:
 *
 * <ol>
 *   <li>{@link PoolSelectorDefault}
 *   <li>{@link EppServiceAccountDefault}
 *   <li>template substitution (supplied by the caller, see {@link #inOrder})
 *   <li>{@link ManagedDra}
 *   <li>{@link GatewayParentRefs}
 *   <li>{@link WorkloadServiceBackend}
 *   <li>{@link PoolRefBackend}
 *   <li>{@link SchedulerConfigMapResolution}
 *   <li>{@link EndpointPickerPortDefault}
 *   <li>{@link LoraAdapterCheck}
 * </ol>
 *
 * <p>The order matters: the selector and service account defaults use the literal service name
 * before templating, while the backendRef rewrites compare against rendered names after it.
 */
public final class PostMergeSteps {
  /** Name of the template substitution slot. */
  public static final String TEMPLATE_SUBSTITUTION = "template-substitution";

  private PostMergeSteps() {}

  /**
   * The ten steps, {@code templateSubstitution} third.
   *
   * @param templateSubstitution the step that renders the Go templates of the whole config
   */
  public static List<PostMergeStep> inOrder(PostMergeStep templateSubstitution) {
    return List.of(
        new PoolSelectorDefault(),
        new EppServiceAccountDefault(),
        templateSubstitution,
        new ManagedDra(),
        new GatewayParentRefs(),
        new WorkloadServiceBackend(),
        new PoolRefBackend(),
        new SchedulerConfigMapResolution(),
        new EndpointPickerPortDefault(),
        new LoraAdapterCheck());
  }

  /**
   * A stand-in for the template substitution slot that leaves the config as it is, for callers (and
   * tests) that render templates elsewhere or not at all.
   */
  public static PostMergeStep templatesLeftAsIs() {
    return new PostMergeStep() {
      @Override
      public String name() {
        return TEMPLATE_SUBSTITUTION;
      }

      @Override
      public void apply(ObjectNode config, PostMergeContext context) {}
    };
  }

  /** Runs {@code steps} in order on {@code config}; the first failure stops the run. */
  public static void run(List<PostMergeStep> steps, ObjectNode config, PostMergeContext context) {
    for (PostMergeStep step : steps) {
      step.apply(config, context);
    }
  }
}
