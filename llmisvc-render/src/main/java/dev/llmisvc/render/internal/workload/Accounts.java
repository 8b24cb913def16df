package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.v1alpha2.WorkloadSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * Which ServiceAccount a workload runs as (rendering.md §3.1, §4.3, §4.6), and the objects KServe
 * creates for it. A generated account is created only when no other name is given in the pod spec;
 * a named one must exist and is listed as required.
 */
final class Accounts {
  static final String ROUTING_SIDECAR = "llm-d-routing-sidecar";

  private Accounts() {}

  static boolean hasRoutingSidecar(Optional<PodSpec> pod) {
    return pod.map(
            p ->
                p.getInitContainers() != null
                    && p.getInitContainers().stream()
                        .anyMatch(c -> ROUTING_SIDECAR.equals(c.getName())))
        .orElse(false);
  }

  static Optional<String> named(Optional<PodSpec> pod) {
    return pod.map(PodSpec::getServiceAccountName).filter(s -> !s.isEmpty());
  }

  /** The single-node main account: {@code template.serviceAccountName}, else {@code <n>-kserve}. */
  static String singleNode(RenderContext ctx) {
    return named(ctx.spec().template().map(t -> t.get()))
        .orElse(Children.name(ctx.svc(), Variant.MAIN.deploymentSuffix()));
  }

  /** A multi-node account: leader's name, else worker's, else {@code <n>-kserve-mn[-prefill]}. */
  static String multiNode(RenderContext ctx, Variant variant) {
    WorkloadSpec w = variant.workload(ctx.spec()).orElseThrow();
    return named(w.template().map(t -> t.get()))
        .or(() -> named(w.worker().map(t -> t.get())))
        .orElse(Children.name(ctx.svc(), variant.lwsSuffix()));
  }

  /** Checks that a named account exists (KServe fails the reconcile otherwise) and lists it. */
  static void requireNamed(RenderContext ctx, String name, String field) {
    if (ctx.facts().serviceAccount(ctx.namespace(), name).isEmpty()) {
      throw ctx.fail(field, "ServiceAccount \"" + name + "\" not found");
    }
    ctx.require("v1", "ServiceAccount", name, "named by " + field);
  }

  /** A generated ServiceAccount: pull secrets and secrets copied from {@code default}. */
  static ServiceAccount generated(RenderContext ctx, String suffix, Map<String, String> labels) {
    ServiceAccountBuilder b =
        new ServiceAccountBuilder().withMetadata(Children.meta(ctx.svc(), suffix, labels).build());
    ctx.facts()
        .serviceAccount(ctx.namespace(), "default")
        .ifPresent(
            d -> {
              if (d.getImagePullSecrets() != null && !d.getImagePullSecrets().isEmpty()) {
                b.withImagePullSecrets(new ArrayList<>(d.getImagePullSecrets()));
              }
              if (d.getSecrets() != null && !d.getSecrets().isEmpty()) {
                b.withSecrets(new ArrayList<>(d.getSecrets()));
              }
            });
    return b.build();
  }

  /** The Role of the routing sidecar: read pods and InferencePools. */
  static Role sidecarRole(RenderContext ctx, String suffix, Map<String, String> labels) {
    return new RoleBuilder()
        .withMetadata(Children.meta(ctx.svc(), suffix, labels).build())
        .withRules(
            new PolicyRuleBuilder()
                .withApiGroups("")
                .withResources("pods")
                .withVerbs("get", "list", "watch")
                .build(),
            new PolicyRuleBuilder()
                .withApiGroups("inference.networking.x-k8s.io", "inference.networking.k8s.io")
                .withResources("inferencepools")
                .withVerbs("get", "list", "watch")
                .build())
        .build();
  }

  /** The RoleBinding of that Role to the chosen account. */
  static RoleBinding sidecarBinding(
      RenderContext ctx,
      String suffix,
      Map<String, String> labels,
      String roleSuffix,
      String account) {
    return new RoleBindingBuilder()
        .withMetadata(Children.meta(ctx.svc(), suffix, labels).build())
        .addNewSubject()
        .withKind("ServiceAccount")
        .withName(account)
        .withNamespace(ctx.namespace())
        .endSubject()
        .withNewRoleRef()
        .withApiGroup("rbac.authorization.k8s.io")
        .withKind("Role")
        .withName(Children.name(ctx.svc(), roleSuffix))
        .endRoleRef()
        .build();
  }
}
