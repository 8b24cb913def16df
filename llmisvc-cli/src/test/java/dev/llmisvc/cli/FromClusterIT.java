package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --from-cluster NAMESPACE/NAME} on compose, explain and render, against fabric8's mock API
 * server: the service and its baseRef config are read from the cluster.
 */
@EnableKubernetesMockClient(crud = true)
class FromClusterIT {
  KubernetesClient client;
  private Supplier<KubernetesClient> before;

  private static ResourceDefinitionContext context(String kind, String plural) {
    return new ResourceDefinitionContext.Builder()
        .withGroup("serving.kserve.io")
        .withVersion("v1alpha2")
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(true)
        .build();
  }

  private void create(String kind, String plural, String name, Map<String, Object> spec) {
    GenericKubernetesResource object =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("serving.kserve.io/v1alpha2")
            .withKind(kind)
            .withNewMetadata()
            .withName(name)
            .withNamespace("team")
            .endMetadata()
            .withAdditionalProperties(Map.of("spec", spec))
            .build();
    client
        .genericKubernetesResources(context(kind, plural))
        .inNamespace("team")
        .resource(object)
        .create();
  }

  @BeforeEach
  void useTheMockServer() {
    before = ClusterService.clients;
    ClusterService.clients = () -> client;
    create(
        "LLMInferenceService",
        "llminferenceservices",
        "qwen",
        Map.of(
            "model", Map.of("uri", "hf://Qwen/Qwen2.5-7B-Instruct"),
            "baseRefs", List.of(Map.of("name", "gpu")),
            "template", Map.of("containers", List.of(Map.of("name", "main")))));
    create("LLMInferenceServiceConfig", "llminferenceserviceconfigs", "gpu", Map.of("replicas", 4));
  }

  @AfterEach
  void restore() {
    ClusterService.clients = before;
  }

  @Test
  void composeReadsTheServiceAndItsConfigsFromTheCluster() {
    CliRun run = CliRun.of("compose", "--from-cluster", "team/qwen");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("name: qwen")
        .contains("replicas: 4")
        .contains("name: gpu")
        .doesNotContain("managedFields");
  }

  @Test
  void explainSaysTheValueCameFromTheClustersConfig() {
    CliRun run = CliRun.of("explain", "--from-cluster", "team/qwen", "spec.replicas");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("spec.replicas: 4").contains("team/gpu");
  }

  @Test
  void renderRendersIt() {
    CliRun run = CliRun.of("render", "--from-cluster", "team/qwen");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("kind: Deployment").contains("replicas: 4");
  }

  @Test
  void aServiceTheClusterLacksIsAnInputError() {
    CliRun run = CliRun.of("compose", "--from-cluster", "team/missing");
    assertThat(run.exitCode()).isEqualTo(Main.INVALID);
    assertThat(run.err())
        .isEqualTo(
            "cluster:team/missing: no LLMInferenceService missing in namespace team of the"
                + " current kube context"
                + System.lineSeparator());
  }

  @Test
  void wrongUsageIsAUsageError() {
    assertThat(CliRun.of("compose", "--from-cluster", "qwen").exitCode()).isEqualTo(Main.USAGE);
    assertThat(CliRun.of("compose", "--from-cluster", "team/qwen", "-f", "x.yaml").exitCode())
        .isEqualTo(Main.USAGE);
    CliRun neither = CliRun.of("compose");
    assertThat(neither.exitCode()).isEqualTo(Main.USAGE);
    assertThat(neither.err()).contains("--from-cluster");
  }

  @Test
  void anUnreachableClusterIsAnInputErrorNamingItsAddressAtOnce() {
    ClusterService.clients =
        () ->
            new io.fabric8.kubernetes.client.KubernetesClientBuilder()
                .withConfig(
                    new io.fabric8.kubernetes.client.ConfigBuilder()
                        .withMasterUrl("https://127.0.0.1:1")
                        .withRequestRetryBackoffLimit(0)
                        .build())
                .build();
    long start = System.nanoTime();
    CliRun run = CliRun.of("compose", "--from-cluster", "team/qwen");
    assertThat(run.exitCode()).isEqualTo(Main.INVALID);
    assertThat(run.err())
        .startsWith(
            "cluster:team/qwen: cannot read the LLMInferenceService from https://127.0.0.1:1/")
        .doesNotContainIgnoringCase("internal");
    assertThat(System.nanoTime() - start).isLessThan(15_000_000_000L);
  }
}
