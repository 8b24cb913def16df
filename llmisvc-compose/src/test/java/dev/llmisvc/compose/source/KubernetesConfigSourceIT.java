package dev.llmisvc.compose.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class KubernetesConfigSourceIT {
  KubernetesClient client;

  @Test
  void readsConfigsAndConfigMapsFromTheCluster() {
    GenericKubernetesResource config =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("serving.kserve.io/v1alpha2")
            .withKind("LLMInferenceServiceConfig")
            .withNewMetadata()
            .withName("gpu")
            .withNamespace("team")
            .endMetadata()
            .withAdditionalProperties(Map.of("spec", Map.of("replicas", 3)))
            .build();
    client
        .genericKubernetesResources(
            new ResourceDefinitionContext.Builder()
                .withGroup("serving.kserve.io")
                .withVersion("v1alpha2")
                .withKind("LLMInferenceServiceConfig")
                .withPlural("llminferenceserviceconfigs")
                .withNamespaced(true)
                .build())
        .inNamespace("team")
        .resource(config)
        .create();
    client
        .configMaps()
        .inNamespace("team")
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("cm")
                .endMetadata()
                .addToData("epp", "plugins: []")
                .build())
        .create();

    KubernetesConfigSource source = new KubernetesConfigSource(client);
    ConfigDocument found = source.config("team", "gpu").orElseThrow();
    assertThat(found.namespace()).isEqualTo("team");
    assertThat(found.spec().get("replicas").asInt()).isEqualTo(3);
    assertThat(found.object().get("kind").asText()).isEqualTo("LLMInferenceServiceConfig");
    assertThat(found.origin()).isEqualTo("cluster:serving.kserve.io/v1alpha2/team/gpu");
    assertThat(source.config("kserve", "gpu")).isEmpty();
    assertThat(source.configMap("team", "cm").orElseThrow().at("/data/epp").asText())
        .isEqualTo("plugins: []");
    assertThat(source.configMap("team", "missing")).isEmpty();
  }
}
