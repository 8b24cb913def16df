package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.common.ParallelismSpec;
import dev.llmisvc.api.common.RolloutStrategy;
import dev.llmisvc.api.v1alpha2.WorkloadSpec;
import dev.llmisvc.render.internal.Children;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import dev.llmisvc.render.model.lws.LeaderWorkerSetSpec;
import dev.llmisvc.render.model.lws.LeaderWorkerTemplate;
import dev.llmisvc.render.model.lws.RollingUpdateConfiguration;
import dev.llmisvc.render.model.lws.SubGroupPolicy;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The LeaderWorkerSets (rendering.md §4.7, §4.8, §7): {@code <n>-kserve-mn} when {@code worker} is
 * set, {@code <n>-kserve-mn-prefill} when {@code prefill.worker} is set.
 *
 * <p>The LWS's own labels are the worker pod labels (one Go map in KServe): workers carry {@code
 * kserve.io/component: workload} and {@code llm-d.ai/role} (prefill or decode, never both) only
 * when there is no leader template (§10 #7). Size is {@code data / dataLocal} (integer, at least 1)
 * or {@code pipeline}; only the prefill LWS gets a {@code subGroupPolicy}, and only for data
 * parallelism (§10 #6). Both templates run as the multi-node ServiceAccount and get the model
 * artifacts (workers too), KV tiers, the routing sidecar's pool env (main only) and tracing.
 */
final class LeaderWorkerSets implements WorkloadStep {
  private final Variant variant;

  LeaderWorkerSets(Variant variant) {
    this.variant = variant;
  }

  @Override
  public String name() {
    return variant == Variant.MAIN ? "main-leader-worker-set" : "prefill-leader-worker-set";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    Optional<WorkloadSpec> found = variant.workload(ctx.spec());
    if (found.isEmpty() || found.get().worker().isEmpty()) {
      return;
    }
    out.add(build(ctx, found.get()));
  }

  private LeaderWorkerSet build(RenderContext ctx, WorkloadSpec w) {
    String name = Children.name(ctx.svc(), variant.lwsSuffix());
    boolean hasLeader = w.template().isPresent();
    String account = Accounts.multiNode(ctx, variant);
    CredentialAccount credentials =
        CredentialAccount.of(account, Children.name(ctx.svc(), variant.lwsSuffix()));

    Map<String, String> workerLabels =
        new TreeMap<>(Children.labels(ctx.svc(), variant.workerComponent()));
    if (!hasLeader) {
      workerLabels.put(Children.KSERVE_COMPONENT, "workload");
      workerLabels.put("llm-d.ai/role", variant == Variant.MAIN ? "decode" : "prefill");
    }
    workerLabels.putAll(Propagation.labels(ctx));
    workerLabels.putAll(w.labels());

    Map<String, String> podAnnotations = Propagation.podAnnotations(ctx, w.annotations(), true);

    PodTemplateSpec leader = null;
    if (hasLeader) {
      Map<String, String> leaderLabels =
          new TreeMap<>(Children.labels(ctx.svc(), variant.leaderComponent()));
      leaderLabels.put(Children.KSERVE_COMPONENT, "workload");
      leaderLabels.put("llm-d.ai/role", variant.role(ctx.spec()));
      leaderLabels.putAll(Propagation.labels(ctx));
      leaderLabels.putAll(w.labels());
      PodSpec pod = w.template().get().get();
      pod.setServiceAccountName(account);
      Optional<Container> live =
          ctx.facts().liveStorageInitializer("LeaderWorkerSet", ctx.namespace(), name);
      podWork(ctx, w, pod, credentials, live);
      leader =
          new PodTemplateSpec(
              new ObjectMetaBuilder()
                  .withLabels(leaderLabels)
                  .withAnnotations(Propagation.orNull(podAnnotations))
                  .build(),
              pod);
    }
    PodSpec workerPod = w.worker().get().get();
    workerPod.setServiceAccountName(account);
    // KServe reads the live storage-initializer of the leader and the worker separately; the
    // cluster contract only answers per object, so both use the same answer.
    Optional<Container> live =
        ctx.facts().liveStorageInitializer("LeaderWorkerSet", ctx.namespace(), name);
    podWork(ctx, w, workerPod, credentials, live);
    PodTemplateSpec worker =
        new PodTemplateSpec(
            new ObjectMetaBuilder()
                .withLabels(new TreeMap<>(workerLabels))
                .withAnnotations(Propagation.orNull(podAnnotations))
                .build(),
            workerPod);

    Integer size = size(w.parallelism());
    SubGroupPolicy subGroup =
        variant == Variant.PREFILL && isDataParallel(w.parallelism()) && size != null
            ? new SubGroupPolicy(size)
            : null;
    Integer replicas =
        w.replicas()
            .or(() -> ctx.facts().liveReplicas("LeaderWorkerSet", ctx.namespace(), name))
            .orElse(null);

    LeaderWorkerSet lws = new LeaderWorkerSet();
    lws.setMetadata(
        Children.meta(ctx.svc(), variant.lwsSuffix(), workerLabels)
            .withAnnotations(Propagation.orNull(Propagation.annotations(ctx, true)))
            .build());
    lws.setSpec(
        new LeaderWorkerSetSpec(
            replicas,
            new LeaderWorkerTemplate(leader, worker, size, "RecreateGroupOnPodRestart", subGroup),
            new dev.llmisvc.render.model.lws.RolloutStrategy(
                "RollingUpdate", rollingUpdate(w.rolloutStrategy())),
            "LeaderCreated"));
    return lws;
  }

  private void podWork(
      RenderContext ctx,
      WorkloadSpec w,
      PodSpec pod,
      CredentialAccount credentials,
      Optional<Container> live) {
    ModelArtifacts.attach(
        ctx, pod, "main", ModelArtifacts.MODEL_PATH, credentials, live, LoraAdapters.of(ctx));
    KvCacheTiers.apply(w.kvCacheOffloading(), pod);
    if (variant == Variant.MAIN) {
      RoutingSidecar.apply(ctx, pod);
    }
    Tracing.apply(ctx, variant, pod);
  }

  /** {@code ParallelismSpec.GetSize} (rendering.md §7.1). */
  static Integer size(Optional<ParallelismSpec> parallelism) {
    if (parallelism.isEmpty()) {
      return null;
    }
    ParallelismSpec p = parallelism.get();
    if (isDataParallel(parallelism)) {
      int data = Math.max(p.data().orElse(1), 1);
      int local = Math.max(p.dataLocal().orElse(1), 1);
      return Math.max(data / local, 1);
    }
    if (p.pipeline().orElse(0) > 0) {
      return p.pipeline().get();
    }
    return null;
  }

  static boolean isDataParallel(Optional<ParallelismSpec> parallelism) {
    return parallelism
        .map(p -> p.data().orElse(0) > 0 || p.dataLocal().orElse(0) > 0)
        .orElse(false);
  }

  private static RollingUpdateConfiguration rollingUpdate(Optional<RolloutStrategy> rollout) {
    if (rollout.isEmpty()
        || rollout.get().maxUnavailable().isEmpty() && rollout.get().maxSurge().isEmpty()) {
      return null;
    }
    return new RollingUpdateConfiguration(
        rollout.get().maxUnavailable().map(e -> e.get()).orElse(new IntOrString(1)),
        rollout.get().maxSurge().map(e -> e.get()).orElse(new IntOrString(0)));
  }
}
