package dev.llmisvc.render.internal.router;

/**
 * The {@code app.kubernetes.io/component} label values KServe gives the router's objects, for the
 * renderer and for whoever sorts rendered objects by what they belong to (the fleet diff).
 */
public final class RouterComponents {
  /** The scheduler's (endpoint picker's) Deployment, Service, account and RBAC. */
  public static final String SCHEDULER = "llminferenceservice-router-scheduler";

  /** The router's other objects (the HTTPRoute, the InferencePool). */
  public static final String ROUTER = "llminferenceservice-router";

  /** The standalone tokenizer's objects. */
  public static final String TOKENIZER = "tokenizer";

  private RouterComponents() {}

  /**
   * Whether a component label value names a router object.
   *
   * @param component the label's value
   * @return true for the scheduler's, the router's and the tokenizer's objects
   */
  public static boolean isRouter(String component) {
    return component.startsWith(ROUTER) || component.equals(TOKENIZER);
  }
}
