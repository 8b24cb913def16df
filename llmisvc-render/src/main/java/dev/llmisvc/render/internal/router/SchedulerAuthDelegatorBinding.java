package dev.llmisvc.render.internal.router;

import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;

/**
 * §4.11: the ClusterRoleBinding granting {@code system:auth-delegator} to the scheduler's account,
 * so the endpoint picker can authenticate {@code /metrics} callers. It is cluster-scoped, named
 * from the <em>namespace</em> ({@code ChildName(<ns>, "-<n>-epp-auth-rb")}) and has no owner
 * reference: KServe deletes it from its finalizer (§10 #10).
 */
final class SchedulerAuthDelegatorBinding implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    output.add(
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(
                RouterContext.childOf(context.namespace(), "-" + context.name() + "-epp-auth-rb"))
            .withLabels(context.schedulerLabels())
            .endMetadata()
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(context.schedulerServiceAccount())
            .withNamespace(context.namespace())
            .endSubject()
            .withNewRoleRef()
            .withApiGroup("rbac.authorization.k8s.io")
            .withKind("ClusterRole")
            .withName("system:auth-delegator")
            .endRoleRef()
            .build());
  }
}
