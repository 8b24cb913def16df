package dev.llmisvc.render.internal.router;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.List;

/** §4.11: the scheduler's Role {@code <n>-epp-role}: what the endpoint picker watches. */
final class SchedulerRole implements RouterStep {
  private static final List<String> READ = List.of("get", "list", "watch");

  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    output.add(
        new RoleBuilder()
            .withMetadata(
                Children.meta(context.svc(), "-epp-role", context.schedulerLabels()).build())
            .withRules(
                rule(List.of(""), List.of("pods"), READ),
                rule(
                    List.of("inference.networking.k8s.io", "inference.networking.x-k8s.io"),
                    List.of("inferencepools", "inferenceobjectives", "inferencemodels"),
                    READ),
                rule(
                    List.of("inference.networking.x-k8s.io"),
                    List.of("inferencemodelrewrites", "inferencepoolimports"),
                    READ),
                rule(
                    List.of("llm-d.ai"),
                    List.of("inferenceobjectives", "inferencemodelrewrites"),
                    READ),
                rule(List.of("discovery.k8s.io"), List.of("endpointslices"), READ),
                rule(
                    List.of("coordination.k8s.io"),
                    List.of("leases"),
                    List.of("get", "list", "watch", "create", "update", "patch", "delete")))
            .build());
  }

  private static PolicyRule rule(List<String> groups, List<String> resources, List<String> verbs) {
    return new PolicyRuleBuilder()
        .withApiGroups(groups)
        .withResources(resources)
        .withVerbs(verbs)
        .build();
  }
}
