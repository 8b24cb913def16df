package dev.llmisvc.render.internal.router;

import java.util.List;

/**
 * The router steps in KServe's reconcile order (rendering.md §0.1 steps 7–9):
 *
 * <ol>
 *   <li>{@link ReferencedObjects}: what {@code validateRouterReferences} looks up
 *   <li>{@link SchedulerServiceAccount}
 *   <li>{@link SchedulerAuthDelegatorBinding} (cluster-scoped)
 *   <li>{@link SchedulerRole}
 *   <li>{@link SchedulerRoleBinding}
 *   <li>{@link TokenizerDeployment}
 *   <li>{@link TokenizerService}
 *   <li>{@link SchedulerDeployment}
 *   <li>{@link SchedulerService}
 *   <li>{@link InferencePoolV1}
 *   <li>{@link InferencePoolV1Alpha2}
 *   <li>{@link ManagedHttpRoute}
 * </ol>
 *
 * <p>The order is the order of creation on a fresh service: KServe creates the tokenizer before the
 * scheduler so its Service name resolves when the endpoint picker starts, and the HTTPRoute last so
 * it never points at a pool that does not exist yet.
 */
final class RouterSteps {
  private RouterSteps() {}

  static List<RouterStep> inOrder() {
    return List.of(
        new ReferencedObjects(),
        new SchedulerServiceAccount(),
        new SchedulerAuthDelegatorBinding(),
        new SchedulerRole(),
        new SchedulerRoleBinding(),
        new TokenizerDeployment(),
        new TokenizerService(),
        new SchedulerDeployment(),
        new SchedulerService(),
        new InferencePoolV1(),
        new InferencePoolV1Alpha2(),
        new ManagedHttpRoute());
  }
}
