package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * §4.11: the scheduler's ServiceAccount {@code <n>-epp-sa}. When the scheduler template names
 * another account, that one must exist and none is created. The generated account takes the
 * annotations, secrets and pull secrets of the main workload's named account, or else the secrets
 * and pull secrets of the namespace's {@code default} account.
 */
final class SchedulerServiceAccount implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    String name = context.schedulerServiceAccount();
    if (!name.equals(context.generatedSchedulerServiceAccount())) {
      output.require(
          new Required(
              "v1",
              "ServiceAccount",
              context.namespace(),
              name,
              "spec.router.scheduler.template.serviceAccountName: used instead of a generated"
                  + " account"));
      if (context.facts().serviceAccount(context.namespace(), name).isEmpty()) {
        throw new RouterRenderException(
            context.ref(),
            "spec.router.scheduler.template.serviceAccountName",
            "failed to fetch existing scheduler service account "
                + context.namespace()
                + "/"
                + name
                + ": not found");
      }
      return;
    }
    ServiceAccountBuilder sa =
        new ServiceAccountBuilder()
            .withMetadata(
                Children.meta(context.svc(), "-epp-sa", context.schedulerLabels()).build());
    Optional<String> mainAccount =
        context
            .svc()
            .spec()
            .template()
            .map(Embedded::get)
            .map(PodSpec::getServiceAccountName)
            .filter(n -> !n.isEmpty());
    if (mainAccount.isPresent()) {
      // A missing main account is not an error: KServe picks it up on a later reconcile.
      context
          .facts()
          .serviceAccount(context.namespace(), mainAccount.get())
          .ifPresent(
              main -> {
                Map<String, String> annotations = main.getMetadata().getAnnotations();
                if (annotations != null && !annotations.isEmpty()) {
                  sa.editMetadata().withAnnotations(new LinkedHashMap<>(annotations)).endMetadata();
                }
                sa.withSecrets(main.getSecrets()).withImagePullSecrets(main.getImagePullSecrets());
              });
    } else {
      context
          .facts()
          .serviceAccount(context.namespace(), "default")
          .ifPresent(
              d -> sa.withSecrets(d.getSecrets()).withImagePullSecrets(d.getImagePullSecrets()));
    }
    ServiceAccount built = sa.build();
    output.add(built);
  }
}
