package dev.llmisvc.render.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.render.model.keda.ScaleTarget;
import dev.llmisvc.render.model.keda.ScaleTriggers;
import dev.llmisvc.render.model.keda.ScaledObject;
import dev.llmisvc.render.model.keda.ScaledObjectSpec;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import dev.llmisvc.render.model.lws.LeaderWorkerSetSpec;
import dev.llmisvc.render.model.lws.LeaderWorkerTemplate;
import dev.llmisvc.render.model.lws.RolloutStrategy;
import dev.llmisvc.render.model.lws.SubGroupPolicy;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-written LWS and ScaledObject models serialise like their CRDs and work with a client.
 */
@EnableKubernetesMockClient(crud = true)
class CustomResourceModelsIT {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  KubernetesClient client;

  static LeaderWorkerSet lws() {
    LeaderWorkerSet lws = new LeaderWorkerSet();
    lws.setMetadata(new ObjectMetaBuilder().withName("demo-kserve-mn").withNamespace("ns").build());
    lws.setSpec(
        new LeaderWorkerSetSpec(
            2,
            new LeaderWorkerTemplate(
                null,
                new PodTemplateSpecBuilder()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("main")
                    .withImage("vllm")
                    .endContainer()
                    .endSpec()
                    .build(),
                4,
                "RecreateGroupOnPodRestart",
                new SubGroupPolicy(4)),
            new RolloutStrategy("RollingUpdate", null),
            "LeaderCreated"));
    return lws;
  }

  static ScaledObject scaledObject() {
    ScaledObject so = new ScaledObject();
    so.setMetadata(
        new ObjectMetaBuilder().withName("demo-kserve-keda").withNamespace("ns").build());
    so.setSpec(
        new ScaledObjectSpec(
            new ScaleTarget("apps/v1", "Deployment", "demo-kserve"),
            15,
            null,
            null,
            null,
            1,
            3,
            null,
            null,
            List.of(
                new ScaleTriggers("cpu", null, null, Map.of("value", "50"), null, "Utilization"))));
    return so;
  }

  @Test
  void leaderWorkerSetSerialisesWithTheCrdFieldNamesAndNoStatus() {
    String json = SERIALIZATION.asJson(lws());
    assertThat(json)
        .startsWith("{\"apiVersion\":\"leaderworkerset.x-k8s.io/v1\",\"kind\":\"LeaderWorkerSet\"")
        .contains(
            "\"leaderWorkerTemplate\":{\"workerTemplate\":{\"spec\":{\"containers\":[{\"image\":\"vllm\",\"name\":\"main\"}]}},\"size\":4,\"restartPolicy\":\"RecreateGroupOnPodRestart\",\"subGroupPolicy\":{\"subGroupSize\":4}}")
        .contains("\"rolloutStrategy\":{\"type\":\"RollingUpdate\"}")
        .doesNotContain("status")
        .doesNotContain("leaderTemplate");
    assertThat(SERIALIZATION.unmarshal(json, LeaderWorkerSet.class).getSpec())
        .isEqualTo(lws().getSpec());
  }

  @Test
  void scaledObjectSerialisesWithTheCrdFieldNames() {
    String json = SERIALIZATION.asJson(scaledObject());
    assertThat(json)
        .startsWith("{\"apiVersion\":\"keda.sh/v1alpha1\",\"kind\":\"ScaledObject\"")
        .contains(
            "\"spec\":{\"scaleTargetRef\":{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"name\":\"demo-kserve\"},\"pollingInterval\":15,\"minReplicaCount\":1,\"maxReplicaCount\":3,\"triggers\":[{\"type\":\"cpu\",\"metadata\":{\"value\":\"50\"},\"metricType\":\"Utilization\"}]}")
        .doesNotContain("status");
    assertThat(SERIALIZATION.unmarshal(json, ScaledObject.class).getSpec())
        .isEqualTo(scaledObject().getSpec());
  }

  @Test
  void bothWorkWithTypedClientResources() {
    client.resources(LeaderWorkerSet.class).inNamespace("ns").resource(lws()).create();
    client.resources(ScaledObject.class).inNamespace("ns").resource(scaledObject()).create();
    assertThat(
            client
                .resources(LeaderWorkerSet.class)
                .inNamespace("ns")
                .withName("demo-kserve-mn")
                .get()
                .getSpec())
        .isEqualTo(lws().getSpec());
    assertThat(
            client
                .resources(ScaledObject.class)
                .inNamespace("ns")
                .withName("demo-kserve-keda")
                .get()
                .getSpec())
        .isEqualTo(scaledObject().getSpec());
    assertThat(client.resources(LeaderWorkerSet.class).inNamespace("ns").list().getItems())
        .hasSize(1);
  }
}
