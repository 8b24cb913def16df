package dev.llmisvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.KubernetesClusterFacts;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import dev.llmisvc.render.model.lws.LeaderWorkerSetSpec;
import dev.llmisvc.render.model.lws.LeaderWorkerTemplate;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster lookups of rendering.md §1.2 against the fabric8 mock API server (CRUD mode). */
@EnableKubernetesMockClient(crud = true)
class KubernetesClusterFactsIT {
  KubernetesClient client;
  ClusterFacts facts;

  @BeforeEach
  void setUp() {
    facts = new KubernetesClusterFacts(client);
  }

  @Test
  void missingObjectsAnswerEmpty() {
    assertThat(facts.liveReplicas("Deployment", "ns", "x")).isEmpty();
    assertThat(facts.liveReplicas("LeaderWorkerSet", "ns", "x")).isEmpty();
    assertThat(facts.liveStorageInitializer("Deployment", "ns", "x")).isEmpty();
    assertThat(facts.liveHttpRoute("ns", "x")).isEmpty();
    assertThat(facts.liveSchedulerArgs("ns", "x")).isEmpty();
    assertThat(facts.serviceAccount("ns", "x")).isEmpty();
    assertThat(facts.secret("ns", "x")).isEmpty();
    assertThat(facts.gateway("ns", "x")).isEmpty();
    assertThat(facts.workloadAddresses("ns", "x")).isEmpty();
  }

  @Test
  void readsLiveDeploymentReplicasInitializerAndSchedulerArgs() {
    client
        .apps()
        .deployments()
        .inNamespace("ns")
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("d")
                .endMetadata()
                .withNewSpec()
                .withReplicas(4)
                .withNewTemplate()
                .withNewSpec()
                .addNewInitContainer()
                .withName("storage-initializer")
                .withImage("old/si:1")
                .endInitContainer()
                .addNewContainer()
                .withName("main")
                .withArgs("--config-text", "x")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
    assertThat(facts.liveReplicas("Deployment", "ns", "d")).contains(4);
    assertThat(facts.liveStorageInitializer("Deployment", "ns", "d").map(c -> c.getImage()))
        .contains("old/si:1");
    assertThat(facts.liveSchedulerArgs("ns", "d")).contains(List.of("--config-text", "x"));
  }

  @Test
  void readsLiveLeaderWorkerSet() {
    LeaderWorkerSet lws = new LeaderWorkerSet();
    lws.getMetadata().setName("l");
    lws.setSpec(
        new LeaderWorkerSetSpec(
            3,
            new LeaderWorkerTemplate(
                null,
                new PodTemplateSpecBuilder()
                    .withNewSpec()
                    .addNewInitContainer()
                    .withName("storage-initializer")
                    .withImage("si:2")
                    .endInitContainer()
                    .addNewContainer()
                    .withName("main")
                    .endContainer()
                    .endSpec()
                    .build(),
                2,
                null,
                null),
            null,
            null));
    client.resources(LeaderWorkerSet.class).inNamespace("ns").resource(lws).create();
    assertThat(facts.liveReplicas("LeaderWorkerSet", "ns", "l")).contains(3);
    assertThat(facts.liveStorageInitializer("LeaderWorkerSet", "ns", "l").map(c -> c.getImage()))
        .contains("si:2");
  }

  @Test
  void readsAccountsSecretsRoutesAndGateways() {
    client
        .serviceAccounts()
        .inNamespace("ns")
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName("default")
                .endMetadata()
                .addNewImagePullSecret("pull")
                .build())
        .create();
    client
        .secrets()
        .inNamespace("ns")
        .resource(new SecretBuilder().withNewMetadata().withName("s").endMetadata().build())
        .create();
    client
        .resources(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class)
        .inNamespace("ns")
        .resource(new HTTPRouteBuilder().withNewMetadata().withName("r").endMetadata().build())
        .create();
    client
        .resources(io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class)
        .inNamespace("gw")
        .resource(new GatewayBuilder().withNewMetadata().withName("g").endMetadata().build())
        .create();
    assertThat(facts.serviceAccount("ns", "default").get().getImagePullSecrets()).hasSize(1);
    assertThat(facts.secret("ns", "s")).isPresent();
    assertThat(facts.liveHttpRoute("ns", "r")).isPresent();
    assertThat(facts.gateway("gw", "g")).isPresent();
  }

  @Test
  void workloadAddressesAreServiceMembersExceptTheScheduler() {
    client
        .pods()
        .inNamespace("ns")
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withName("p1")
                .addToLabels("app.kubernetes.io/name", "svc")
                .addToLabels("app.kubernetes.io/part-of", "llminferenceservice")
                .endMetadata()
                .withNewStatus()
                .withPodIP("10.0.0.1")
                .endStatus()
                .build())
        .create();
    client
        .pods()
        .inNamespace("ns")
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withName("epp")
                .addToLabels("app.kubernetes.io/name", "svc")
                .addToLabels("app.kubernetes.io/part-of", "llminferenceservice")
                .addToLabels("app.kubernetes.io/component", "llminferenceservice-router-scheduler")
                .endMetadata()
                .withNewStatus()
                .withPodIP("10.0.0.2")
                .endStatus()
                .build())
        .create();
    client
        .services()
        .inNamespace("ns")
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName("svc-kserve-workload-svc")
                .addToLabels("app.kubernetes.io/name", "svc")
                .addToLabels("app.kubernetes.io/part-of", "llminferenceservice")
                .endMetadata()
                .withNewSpec()
                .withClusterIP("10.96.0.10")
                .endSpec()
                .build())
        .create();
    assertThat(facts.workloadAddresses("ns", "svc")).containsExactly("10.0.0.1", "10.96.0.10");
  }

  @Test
  void routingGroupMembersAreTheOtherLabelledServices() {
    for (String name : List.of("a", "b", "c")) {
      client
          .genericKubernetesResources("serving.kserve.io/v1alpha2", "LLMInferenceService")
          .inNamespace("ns")
          .resource(
              new GenericKubernetesResourceBuilder()
                  .withApiVersion("serving.kserve.io/v1alpha2")
                  .withKind("LLMInferenceService")
                  .withNewMetadata()
                  .withName(name)
                  .addToLabels("serving.kserve.io/routing-group", name.equals("c") ? "other" : "g")
                  .endMetadata()
                  .build())
          .create();
    }
    assertThat(facts.routingGroupMembers("ns", "g", "a")).containsExactly("b");
    assertThat(Optional.of(facts.routingGroupMembers("ns", "none", "a"))).contains(List.of());
  }
}
