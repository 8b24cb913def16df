package dev.llmisvc.render.diff;

/** What a diff does to a running service, from the most to the least disruptive. */
public enum Impact {
  /** The service could not be composed or rendered in one setup or both: see its errors. */
  FAILED,
  /**
   * The model server pods would restart: the pod template of a Deployment, LeaderWorkerSet or
   * StatefulSet serving the model changed ({@code spec.template}, or the LeaderWorkerSet's {@code
   * spec.leaderWorkerTemplate}), or such a workload is added or removed.
   */
  RESTARTS_PODS,
  /**
   * Only routing changes: every object added, removed or changed is an HTTPRoute, an InferencePool,
   * a Service, or part of the router (scheduler and tokenizer objects, their configuration); the
   * model server pods keep running.
   */
  ROUTING_ONLY,
  /**
   * Objects change, but no model server pod template and not only routing: RBAC, autoscalers,
   * replicas, labels of a workload outside its pod template.
   */
  OTHER_CHANGES,
  /** Both setups render the same objects. */
  UNCHANGED
}
