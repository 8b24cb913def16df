package dev.llmisvc.render.internal.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload steps in KServe's creation order (rendering.md §0.1, steps 1–6):
 *
 * <ol>
 *   <li>{@link SelfSignedCertificate}: Secret {@code <n>-kserve-self-signed-certs} (step 1)
 *   <li>{@link ManagedDraTemplate}: ResourceClaimTemplate {@code <n>-managed-dra} (steps 3/4)
 *   <li>{@link MultiNodeAccess}: SA {@code <n>-kserve-mn} (+ Role/RoleBinding), SA {@code
 *       <n>-kserve-mn-prefill} (step 3)
 *   <li>{@link LeaderWorkerSets} main, then prefill (step 3)
 *   <li>{@link SingleNodeAccess}: SA {@code <n>-kserve}, Role, RoleBinding (step 4)
 *   <li>{@link Deployments} main, then prefill (step 4)
 *   <li>{@link WorkloadService} (step 5)
 *   <li>{@link Autoscalers} main, then prefill; KEDA before HPA (step 6)
 * </ol>
 *
 * <p>The order is the order of the controller's reconcile, so that applying the list in order
 * creates objects in the order KServe does (ServiceAccounts before the workloads that use them). A
 * stopped service ({@code serving.kserve.io/stop: "true"}) renders nothing (§8).
 */
public final class WorkloadSteps {
  private WorkloadSteps() {}

  /**
   * The steps, in order.
   *
   * @return the ordered steps
   */
  public static List<WorkloadStep> inOrder() {
    return List.of(
        new SelfSignedCertificate(),
        new ManagedDraTemplate(),
        new MultiNodeAccess(),
        new LeaderWorkerSets(Variant.MAIN),
        new LeaderWorkerSets(Variant.PREFILL),
        new SingleNodeAccess(),
        new Deployments(Variant.MAIN),
        new Deployments(Variant.PREFILL),
        new WorkloadService(),
        new Autoscalers(Variant.MAIN),
        new Autoscalers(Variant.PREFILL));
  }

  /**
   * Runs every step; nothing when the service is stopped.
   *
   * @param ctx the rendering
   * @return the workload objects in creation order
   */
  public static List<HasMetadata> render(RenderContext ctx) {
    List<HasMetadata> out = new ArrayList<>();
    if (Stop.isStopped(ctx)) {
      return out;
    }
    for (WorkloadStep step : inOrder()) {
      step.render(ctx, out);
    }
    return out;
  }
}
