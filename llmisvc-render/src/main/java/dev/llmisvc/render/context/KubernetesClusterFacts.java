package dev.llmisvc.render.context;

import dev.llmisvc.render.internal.router.RouterComponents;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import dev.llmisvc.render.model.lws.LeaderWorkerTemplate;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ClusterFacts} answered from a live cluster through a fabric8 {@link KubernetesClient}: the
 * lookups KServe's controller makes while it renders (rendering.md §1.2). Every answer is a fresh
 * GET or LIST; an embedding controller that has informer caches should implement {@link
 * ClusterFacts} over them instead.
 *
 * <pre>{@code
 * try (KubernetesClient client = new KubernetesClientBuilder().build()) {
 *   Rendering r = Renderer.render(
 *       effective,
 *       RenderSettings.builder().clusterFacts(new KubernetesClusterFacts(client)).build());
 * }
 * }</pre>
 *
 * <p>For a LeaderWorkerSet the live {@code storage-initializer} is taken from the leader template,
 * or the worker template when there is no leader (KServe reads each template's own; the interface
 * asks per object).
 */
public final class KubernetesClusterFacts implements ClusterFacts {
  private final KubernetesClient client;

  /**
   * Answers from {@code client}.
   *
   * <pre>{@code
   * ClusterFacts facts = new KubernetesClusterFacts(client);
   * }</pre>
   *
   * @param client the client; not closed by this class
   */
  public KubernetesClusterFacts(KubernetesClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public Optional<Integer> liveReplicas(String kind, String namespace, String name) {
    if (kind.equals("LeaderWorkerSet")) {
      return lws(namespace, name).map(l -> l.getSpec() == null ? null : l.getSpec().replicas());
    }
    return deployment(namespace, name)
        .map(d -> d.getSpec() == null ? null : d.getSpec().getReplicas());
  }

  @Override
  public Optional<Container> liveStorageInitializer(String kind, String namespace, String name) {
    Optional<PodSpec> pod;
    if (kind.equals("LeaderWorkerSet")) {
      pod =
          lws(namespace, name)
              .map(l -> l.getSpec() == null ? null : l.getSpec().leaderWorkerTemplate())
              .map(KubernetesClusterFacts::leaderOrWorker)
              .map(PodTemplateSpec::getSpec);
    } else {
      pod =
          deployment(namespace, name)
              .map(d -> d.getSpec() == null ? null : d.getSpec().getTemplate())
              .map(PodTemplateSpec::getSpec);
    }
    return pod.flatMap(
        p ->
            p.getInitContainers() == null
                ? Optional.empty()
                : p.getInitContainers().stream()
                    .filter(c -> "storage-initializer".equals(c.getName()))
                    .findFirst());
  }

  @Override
  public Optional<HTTPRoute> liveHttpRoute(String namespace, String name) {
    return Optional.ofNullable(
        client.resources(HTTPRoute.class).inNamespace(namespace).withName(name).get());
  }

  @Override
  public Optional<List<String>> liveSchedulerArgs(String namespace, String name) {
    return deployment(namespace, name)
        .map(d -> d.getSpec() == null ? null : d.getSpec().getTemplate())
        .map(PodTemplateSpec::getSpec)
        .flatMap(
            p -> p.getContainers().stream().filter(c -> "main".equals(c.getName())).findFirst())
        .map(c -> c.getArgs() == null ? List.<String>of() : List.copyOf(c.getArgs()));
  }

  @Override
  public Optional<ServiceAccount> serviceAccount(String namespace, String name) {
    return Optional.ofNullable(
        client.serviceAccounts().inNamespace(namespace).withName(name).get());
  }

  @Override
  public Optional<Secret> secret(String namespace, String name) {
    return Optional.ofNullable(client.secrets().inNamespace(namespace).withName(name).get());
  }

  @Override
  public Optional<Gateway> gateway(String namespace, String name) {
    return Optional.ofNullable(
        client.resources(Gateway.class).inNamespace(namespace).withName(name).get());
  }

  @Override
  public List<String> workloadAddresses(String namespace, String serviceName) {
    Map<String, String> selector =
        Map.of(
            "app.kubernetes.io/name",
            serviceName,
            "app.kubernetes.io/part-of",
            "llminferenceservice");
    List<String> out = new ArrayList<>();
    for (Pod p : client.pods().inNamespace(namespace).withLabels(selector).list().getItems()) {
      if (!isScheduler(p.getMetadata().getLabels())
          && p.getStatus() != null
          && p.getStatus().getPodIP() != null
          && !p.getStatus().getPodIP().isEmpty()) {
        out.add(p.getStatus().getPodIP());
      }
    }
    for (Service s :
        client.services().inNamespace(namespace).withLabels(selector).list().getItems()) {
      String ip = s.getSpec() == null ? null : s.getSpec().getClusterIP();
      if (!isScheduler(s.getMetadata().getLabels())
          && ip != null
          && !ip.isEmpty()
          && !ip.equals("None")) {
        out.add(ip);
      }
    }
    return out;
  }

  @Override
  public List<String> routingGroupMembers(String namespace, String group, String except) {
    List<String> out = new ArrayList<>();
    for (GenericKubernetesResource r :
        client
            .genericKubernetesResources("serving.kserve.io/v1alpha2", "LLMInferenceService")
            .inNamespace(namespace)
            .withLabel("serving.kserve.io/routing-group", group)
            .list()
            .getItems()) {
      if (!r.getMetadata().getName().equals(except)) {
        out.add(r.getMetadata().getName());
      }
    }
    out.sort(String::compareTo);
    return out;
  }

  private Optional<Deployment> deployment(String namespace, String name) {
    return Optional.ofNullable(
        client.apps().deployments().inNamespace(namespace).withName(name).get());
  }

  private Optional<LeaderWorkerSet> lws(String namespace, String name) {
    return Optional.ofNullable(
        client.resources(LeaderWorkerSet.class).inNamespace(namespace).withName(name).get());
  }

  private static PodTemplateSpec leaderOrWorker(LeaderWorkerTemplate t) {
    return t.leaderTemplate() != null ? t.leaderTemplate() : t.workerTemplate();
  }

  private static boolean isScheduler(Map<String, String> labels) {
    return labels != null
        && RouterComponents.SCHEDULER.equals(labels.get("app.kubernetes.io/component"));
  }
}
