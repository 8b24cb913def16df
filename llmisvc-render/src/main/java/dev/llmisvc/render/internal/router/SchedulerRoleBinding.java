package dev.llmisvc.render.internal.router;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;

/** §4.11: RoleBinding {@code <n>-epp-rb} of the scheduler's Role to its ServiceAccount. */
final class SchedulerRoleBinding implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    output.add(
        new RoleBindingBuilder()
            .withMetadata(
                Children.meta(context.svc(), "-epp-rb", context.schedulerLabels()).build())
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(context.schedulerServiceAccount())
            .withNamespace(context.namespace())
            .endSubject()
            .withNewRoleRef()
            .withApiGroup("rbac.authorization.k8s.io")
            .withKind("Role")
            .withName(context.childName("-epp-role"))
            .endRoleRef()
            .build());
  }
}
