package dev.llmisvc.render.internal.workload;

/**
 * The stop annotation (rendering.md §8): {@code serving.kserve.io/stop: "true"}, compared without
 * case, deletes every child, so a stopped service renders nothing.
 */
public final class Stop {
  /** The annotation key. */
  public static final String ANNOTATION = "serving.kserve.io/stop";

  private Stop() {}

  /**
   * Whether the service is stopped.
   *
   * @param ctx the rendering
   * @return true when the stop annotation is {@code "true"} in any case
   */
  public static boolean isStopped(RenderContext ctx) {
    return "true".equalsIgnoreCase(ctx.serviceAnnotations().get(ANNOTATION));
  }
}
