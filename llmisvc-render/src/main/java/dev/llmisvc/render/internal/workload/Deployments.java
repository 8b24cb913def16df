package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.common.RolloutStrategy;
import dev.llmisvc.api.v1alpha2.WorkloadSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The single-node Deployments (rendering.md §4.4, §4.5): {@code <n>-kserve} when {@code worker} is
 * absent, {@code <n>-kserve-prefill} when {@code prefill} is set without {@code prefill.worker}.
 *
 * <p>One label map serves the Deployment's labels, its selector and the pod labels, as in KServe,
 * where one Go map backs all three: the approved-prefix service labels and all of the workload's
 * {@code labels} land in every one of them (§10 #4). The pod template is the workload's {@code
 * template} then, in KServe's order: routing sidecar (main only), model artifacts with LoRA, KV
 * cache tiers, tracing.
 */
final class Deployments implements WorkloadStep {
  private final Variant variant;

  Deployments(Variant variant) {
    this.variant = variant;
  }

  @Override
  public String name() {
    return variant == Variant.MAIN ? "main-deployment" : "prefill-deployment";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    Optional<WorkloadSpec> found = variant.workload(ctx.spec());
    if (found.isEmpty() || found.get().worker().isPresent()) {
      return;
    }
    out.add(build(ctx, found.get()));
  }

  private Deployment build(RenderContext ctx, WorkloadSpec w) {
    String name = Children.name(ctx.svc(), variant.deploymentSuffix());
    Map<String, String> labels = new TreeMap<>(Children.labels(ctx.svc(), variant.component()));
    labels.put(Children.KSERVE_COMPONENT, "workload");
    labels.put("llm-d.ai/role", variant.role(ctx.spec()));
    labels.putAll(Propagation.labels(ctx));
    labels.putAll(w.labels());

    Map<String, String> podAnnotations = Propagation.podAnnotations(ctx, w.annotations(), false);

    PodSpec pod = null;
    if (w.template().isPresent()) {
      pod = w.template().get().get();
      Optional<String> named = Accounts.named(Optional.of(pod));
      CredentialAccount credentials =
          named.map(CredentialAccount::named).orElse(CredentialAccount.none());
      if (variant == Variant.MAIN && Accounts.hasRoutingSidecar(Optional.of(pod))) {
        String generated = Children.name(ctx.svc(), "-kserve");
        String chosen = Accounts.singleNode(ctx);
        pod.setServiceAccountName(chosen);
        credentials = CredentialAccount.of(chosen, generated);
        RoutingSidecar.apply(ctx, pod);
      } else if (named.isPresent()) {
        Accounts.requireNamed(ctx, named.get(), variant.path() + ".template.serviceAccountName");
      }
      Optional<Container> live =
          ctx.facts().liveStorageInitializer("Deployment", ctx.namespace(), name);
      ModelArtifacts.attach(
          ctx, pod, "main", ModelArtifacts.MODEL_PATH, credentials, live, LoraAdapters.of(ctx));
      KvCacheTiers.apply(w.kvCacheOffloading(), pod);
      Tracing.apply(ctx, variant, pod);
    }

    Integer replicas =
        w.replicas()
            .or(() -> ctx.facts().liveReplicas("Deployment", ctx.namespace(), name))
            .orElse(null);

    return new DeploymentBuilder()
        .withMetadata(
            Children.meta(ctx.svc(), variant.deploymentSuffix(), labels)
                .withAnnotations(Propagation.orNull(Propagation.annotations(ctx, false)))
                .build())
        .withNewSpec()
        .withReplicas(replicas)
        .withNewSelector()
        .withMatchLabels(new TreeMap<>(labels))
        .endSelector()
        .withStrategy(strategy(w.rolloutStrategy()))
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(new TreeMap<>(labels))
        .withAnnotations(Propagation.orNull(podAnnotations))
        .endMetadata()
        .withSpec(pod)
        .endTemplate()
        .endSpec()
        .build();
  }

  static DeploymentStrategy strategy(Optional<RolloutStrategy> rollout) {
    if (rollout.isEmpty()
        || rollout.get().maxUnavailable().isEmpty() && rollout.get().maxSurge().isEmpty()) {
      return null;
    }
    return new DeploymentStrategyBuilder()
        .withType("RollingUpdate")
        .withNewRollingUpdate()
        .withMaxUnavailable(rollout.get().maxUnavailable().map(e -> e.get()).orElse(null))
        .withMaxSurge(rollout.get().maxSurge().map(e -> e.get()).orElse(null))
        .endRollingUpdate()
        .build();
  }
}
