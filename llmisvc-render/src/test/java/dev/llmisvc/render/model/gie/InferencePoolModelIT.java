package dev.llmisvc.render.model.gie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.render.model.gie.v1.InferencePool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-written InferencePool models against the vendored CRDs (src/main/crds/gie): documents in
 * the CRDs' shape read and write back unchanged, every field the models write exists in the CRD
 * schema, and the fabric8 mock server stores and returns them through {@code
 * client.resources(X.class)}.
 */
@EnableKubernetesMockClient(crud = true)
class InferencePoolModelIT {
  static KubernetesClient client;

  private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static final String V1 =
      """
      apiVersion: inference.networking.k8s.io/v1
      kind: InferencePool
      metadata:
        name: p
        namespace: ns
      spec:
        selector:
          matchLabels:
            app: x
            kserve.io/component: workload
        targetPorts:
        - number: 8000
        appProtocol: http
        endpointPickerRef:
          group: ""
          kind: Service
          name: p-epp
          port:
            number: 9002
          failureMode: FailOpen
      status:
        parents:
        - parentRef:
            group: gateway.networking.k8s.io
            kind: Gateway
            name: gw
            namespace: infra
          controllerName: example.com/gw
          conditions:
          - type: Accepted
            status: "True"
            reason: Accepted
            message: ok
            lastTransitionTime: "2026-01-01T00:00:00Z"
            observedGeneration: 1
      """;

  static final String V1ALPHA2 =
      """
      apiVersion: inference.networking.x-k8s.io/v1alpha2
      kind: InferencePool
      metadata:
        name: p
        namespace: ns
      spec:
        selector:
          app: x
        targetPortNumber: 8000
        extensionRef:
          kind: Service
          name: p-epp
          portNumber: 9002
          failureMode: FailClose
      status:
        parent:
        - parentRef:
            group: gateway.networking.k8s.io
            kind: Gateway
            name: gw
          conditions:
          - type: Accepted
            status: "True"
            reason: Accepted
            message: ok
            lastTransitionTime: "2026-01-01T00:00:00Z"
      """;

  @Test
  void v1DocumentRoundTrips() throws IOException {
    InferencePool pool = FABRIC8.unmarshal(V1, InferencePool.class);
    assertThat(pool.getSpec().endpointPickerRef().port().number()).isEqualTo(9002);
    assertThat(pool.getStatus().parents().get(0).conditions().get(0).getType())
        .isEqualTo("Accepted");
    assertThat(YAML.readTree(FABRIC8.asJson(pool))).isEqualTo(YAML.readTree(V1));
  }

  @Test
  void v1alpha2DocumentRoundTrips() throws IOException {
    var pool =
        FABRIC8.unmarshal(V1ALPHA2, dev.llmisvc.render.model.gie.v1alpha2.InferencePool.class);
    assertThat(pool.getSpec().extensionRef().portNumber()).isEqualTo(9002);
    assertThat(pool.getStatus().parents()).hasSize(1);
    assertThat(YAML.readTree(FABRIC8.asJson(pool))).isEqualTo(YAML.readTree(V1ALPHA2));
  }

  @Test
  void apiVersionsAndKindsAreTheCrds() {
    assertThat(new InferencePool().getApiVersion()).isEqualTo("inference.networking.k8s.io/v1");
    assertThat(new dev.llmisvc.render.model.gie.v1alpha2.InferencePool().getApiVersion())
        .isEqualTo("inference.networking.x-k8s.io/v1alpha2");
    assertThat(HasMetadata.getPlural(InferencePool.class)).isEqualTo("inferencepools");
    assertThat(new InferencePool().getSpec()).isNull();
    assertThat(new InferencePool().getStatus()).isNull();
  }

  /** Every path the example documents use (which covers every model field) is in the CRD schema. */
  @Test
  void everyFieldIsInTheVendoredCrdSchema() throws IOException {
    checkAgainstCrd(V1, "gateway-inference-extension.yaml", "inference.networking.k8s.io", "v1");
    checkAgainstCrd(
        V1ALPHA2,
        "gateway-inference-extension-v1alpha2pool.yaml",
        "inference.networking.x-k8s.io",
        "v1alpha2");
  }

  @Test
  void mockServerStoresAndReturnsBothVersions() throws IOException {
    InferencePool v1 = FABRIC8.unmarshal(V1, InferencePool.class);
    v1.setStatus(null);
    client.resources(InferencePool.class).resource(v1).create();
    InferencePool got = client.resources(InferencePool.class).inNamespace("ns").withName("p").get();
    assertThat(got.getSpec()).isEqualTo(v1.getSpec());

    var v1alpha2 =
        FABRIC8.unmarshal(V1ALPHA2, dev.llmisvc.render.model.gie.v1alpha2.InferencePool.class);
    v1alpha2.setStatus(null);
    var api = client.resources(dev.llmisvc.render.model.gie.v1alpha2.InferencePool.class);
    api.resource(v1alpha2).create();
    assertThat(api.inNamespace("ns").withName("p").get().getSpec()).isEqualTo(v1alpha2.getSpec());
    assertThat(client.resources(InferencePool.class).inNamespace("ns").list().getItems())
        .hasSize(1);
  }

  private static void checkAgainstCrd(String doc, String file, String group, String version)
      throws IOException {
    JsonNode schema = null;
    for (JsonNode crd :
        YAML
            .readerFor(JsonNode.class)
            .readValues(Files.readString(Path.of("src/main/crds/gie").resolve(file)))
            .readAll()
            .stream()
            .map(JsonNode.class::cast)
            .toList()) {
      if (crd.path("spec").path("group").asText().equals(group)
          && crd.path("spec").path("names").path("kind").asText().equals("InferencePool")) {
        for (JsonNode v : crd.path("spec").path("versions")) {
          if (v.path("name").asText().equals(version)) {
            schema = v.path("schema").path("openAPIV3Schema");
          }
        }
      }
    }
    assertThat(schema).as(file + " " + version).isNotNull();
    JsonNode tree = YAML.readTree(doc);
    List<String> missing = new ArrayList<>();
    walk(tree.get("spec"), schema.path("properties").path("spec"), "spec", missing);
    walk(tree.get("status"), schema.path("properties").path("status"), "status", missing);
    assertThat(missing).as("fields not in " + file).isEmpty();
  }

  private static void walk(JsonNode node, JsonNode schema, String path, List<String> missing) {
    if (node.isObject()) {
      JsonNode props = schema.path("properties");
      if (props.isMissingNode()) {
        return; // a map (additionalProperties)
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!props.has(e.getKey())) {
          missing.add(path + "." + e.getKey());
        } else {
          walk(e.getValue(), props.get(e.getKey()), path + "." + e.getKey(), missing);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, schema.path("items"), path + "[]", missing);
      }
    }
  }
}
