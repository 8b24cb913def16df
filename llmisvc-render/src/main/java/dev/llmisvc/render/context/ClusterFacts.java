package dev.llmisvc.render.context;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.List;
import java.util.Optional;

/**
 * What KServe's controller reads from the cluster while it renders (rendering.md §1.2), as
 * questions the renderer asks. The answers change the output: a replica count kept from the live
 * workload, pull secrets copied from the namespace's {@code default} ServiceAccount, a Gateway that
 * opts out of model-based routing, and so on.
 *
 * <p>{@link #offline()} answers as a first reconcile in an empty namespace does: nothing of the
 * service exists yet, the {@code default} ServiceAccount has no secrets, and every object the spec
 * names is assumed to exist (the renderer lists those as required from the cluster). An embedding
 * controller passes an implementation backed by its client or informer caches so that it renders
 * exactly what KServe would on its cluster.
 *
 * <p>Every method has the offline answer as its default, so an implementation overrides only what
 * it knows.
 */
public interface ClusterFacts {
  /**
   * The offline answers: a first reconcile in an empty namespace.
   *
   * @return facts that know of nothing
   */
  static ClusterFacts offline() {
    return new ClusterFacts() {};
  }

  /**
   * {@code spec.replicas} of a live workload the renderer would create; KServe keeps it when the
   * effective spec leaves {@code replicas} unset.
   *
   * @param kind {@code Deployment} or {@code LeaderWorkerSet}
   * @param namespace its namespace
   * @param name its name
   * @return the live replica count, empty when the object or the field does not exist
   */
  default Optional<Integer> liveReplicas(String kind, String namespace, String name) {
    return Optional.empty();
  }

  /**
   * The live {@code storage-initializer} init container of a workload the renderer would create:
   * KServe keeps its image across upgrades and adds Hugging Face env only when the container is new
   * or already has an {@code HF_*} variable.
   *
   * @param kind {@code Deployment} or {@code LeaderWorkerSet}
   * @param namespace its namespace
   * @param name its name
   * @return the live container, empty when there is none
   */
  default Optional<Container> liveStorageInitializer(String kind, String namespace, String name) {
    return Optional.empty();
  }

  /**
   * The live HTTPRoute the renderer would create; its annotations and status decide the API group
   * of InferencePool backends.
   *
   * @param namespace its namespace
   * @param name its name
   * @return the live route, empty when it does not exist
   */
  default Optional<HTTPRoute> liveHttpRoute(String namespace, String name) {
    return Optional.empty();
  }

  /**
   * The container args of the live scheduler Deployment; KServe reuses its {@code --config-text} or
   * {@code --config-file} when the spec gives none.
   *
   * @param namespace its namespace
   * @param name the Deployment's name
   * @return the live args, empty when the Deployment does not exist
   */
  default Optional<List<String>> liveSchedulerArgs(String namespace, String name) {
    return Optional.empty();
  }

  /**
   * A ServiceAccount. The namespace's {@code default} one lends its pull secrets to generated
   * ServiceAccounts and is the credential source when no ServiceAccount is named; a named one must
   * exist.
   *
   * @param namespace its namespace
   * @param name its name
   * @return the ServiceAccount; offline, a bare one for any name, as if every named account existed
   *     with no secrets
   */
  default Optional<ServiceAccount> serviceAccount(String namespace, String name) {
    return Optional.of(
        new io.fabric8.kubernetes.api.model.ServiceAccountBuilder()
            .withNewMetadata()
            .withNamespace(namespace)
            .withName(name)
            .endMetadata()
            .build());
  }

  /**
   * A Secret holding storage credentials, named by a ServiceAccount or by the service's storage
   * secret annotation.
   *
   * @param namespace its namespace
   * @param name its name
   * @return the Secret, empty when it does not exist (offline: none)
   */
  default Optional<Secret> secret(String namespace, String name) {
    return Optional.empty();
  }

  /**
   * A Gateway the service's route refers to; its annotation {@code
   * serving.kserve.io/model-based-routing-enabled: "false"} strips header-match rules.
   *
   * @param namespace its namespace
   * @param name its name
   * @return the Gateway; offline empty, which KServe treats as "no opt-out"
   */
  default Optional<Gateway> gateway(String namespace, String name) {
    return Optional.empty();
  }

  /**
   * The IP addresses of the service's pods and Services, which KServe adds to the self-signed
   * certificate's SANs after {@code 127.0.0.1}.
   *
   * @param namespace the service's namespace
   * @param serviceName the LLMInferenceService's name
   * @return the addresses, empty on a first reconcile
   */
  default List<String> workloadAddresses(String namespace, String serviceName) {
    return List.of();
  }

  /**
   * The other LLMInferenceServices of a routing group ({@code spec.router.route.group}), whose
   * pools KServe adds as weighted backends of the group's HTTPRoute.
   *
   * @param namespace the namespace
   * @param group the routing group
   * @param except the name of the service being rendered
   * @return the names of the other members, empty when there are none
   */
  default List<String> routingGroupMembers(String namespace, String group, String except) {
    return List.of();
  }
}
