package dev.llmisvc.render.internal.router;

/** One router render step: adds the objects (or requirements) of one KServe reconcile function. */
interface RouterStep {
  /**
   * Runs the step.
   *
   * @param context the service, settings and cluster facts
   * @param output where objects, requirements and warnings go
   * @throws RouterRenderException when KServe would fail here
   */
  void apply(RouterContext context, RouterOutput output);
}
