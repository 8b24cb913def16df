package dev.llmisvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rendered object is ready for apply (no status, no server-owned metadata), survives
 * fabric8's serialiser unchanged, and the fabric8 mock API server (CRUD mode) accepts it and hands
 * the same object back.
 */
@EnableKubernetesMockClient(crud = true)
class RoundTripIT {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  KubernetesClient client;

  private static List<HasMetadata> objects(String name) {
    return Renderer.render(WorkloadCases.service(name), WorkloadCases.settings(name)).objects();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "single-node",
        "multi-node-dp-ep",
        "pipeline-parallel",
        "pd-multi-node",
        "lora",
        "storage-s3",
        "storage-oci",
        "scaling-hpa",
        "scaling-keda",
        "scaling-wva-keda",
        "managed-dra",
        "tracing-kv-cache",
        "pd-single-node",
        "storage-pvc"
      })
  void everyObjectRoundTripsThroughFabric8(String name) {
    for (HasMetadata o : objects(name)) {
      var tree =
          SERIALIZATION.convertValue(o, com.fasterxml.jackson.databind.node.ObjectNode.class);
      assertThat(tree.has("status")).as(o.getKind() + " status").isFalse();
      assertThat(tree.get("metadata").fieldNames())
          .toIterable()
          .as(o.getKind() + " metadata")
          .doesNotContain("managedFields", "resourceVersion", "creationTimestamp", "uid");
      String yaml = SERIALIZATION.asYaml(o);
      HasMetadata back = SERIALIZATION.unmarshal(yaml, o.getClass());
      assertThat(SERIALIZATION.asJson(back)).as(o.getKind()).isEqualTo(SERIALIZATION.asJson(o));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pd-multi-node",
        "pd-single-node",
        "multi-node-dp-ep",
        "pipeline-parallel",
        "scaling-keda",
        "scaling-wva-keda",
        "scaling-hpa",
        "lora",
        "managed-dra",
        "tracing-kv-cache",
        "storage-pvc",
        "storage-s3",
        "storage-oci",
        "single-node"
      })
  void mockApiServerAcceptsEveryObject(String name) {
    for (HasMetadata o : objects(name)) {
      HasMetadata created = client.resource(o).create();
      HasMetadata got = client.resource(o).get();
      assertThat(got).as(o.getKind() + " " + o.getMetadata().getName()).isNotNull();
      assertThat(got.getClass()).isEqualTo(o.getClass());
      assertThat(created.getMetadata().getName()).isEqualTo(o.getMetadata().getName());
      assertThat(specOf(got)).isEqualTo(specOf(o));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pd-multi-node", "scaling-wva-keda", "managed-dra"})
  void aSecondApplyOfTheSameRenderingUpdatesInPlace(String name) {
    // The CRUD mock knows no server-side apply (415); create-or-update stands in for it.
    for (HasMetadata o : objects(name)) {
      client.resource(o).createOr(op -> op.update());
    }
    for (HasMetadata o : objects(name)) {
      HasMetadata updated = client.resource(o).createOr(op -> op.update());
      assertThat(updated.getMetadata().getName()).isEqualTo(o.getMetadata().getName());
      assertThat(specOf(client.resource(o).get())).isEqualTo(specOf(o));
    }
  }

  private static String specOf(HasMetadata o) {
    var tree = SERIALIZATION.convertValue(o, com.fasterxml.jackson.databind.node.ObjectNode.class);
    tree.remove("metadata");
    tree.remove("status");
    return tree.toString();
  }
}
