package dev.llmisvc.api.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** One test per row of docs §9 (and the pool rules of §7.3). */
class ConversionTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  static ObjectNode yaml(String text) {
    try {
      return (ObjectNode) YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final String V1 =
      "apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceService\n";
  private static final String V2 =
      "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n";

  @Test
  void modelCriticalityTravelsAsAnAnnotationThatStaysOnTheHub() {
    ObjectNode v1 =
        yaml(V1 + "metadata: {name: a}\nspec: {model: {uri: 'hf://m', criticality: Critical}}\n");
    ObjectNode hub = Conversion.toV1alpha2(v1);
    assertThat(hub)
        .isEqualTo(
            yaml(
                V2
                    + "metadata: {name: a, annotations: {internal.serving.kserve.io/model-criticality: Critical}}\n"
                    + "spec: {model: {uri: 'hf://m'}}\n"));
    assertThat(Conversion.toV1alpha1(hub)).isEqualTo(v1);
  }

  @Test
  void restoringCriticalityDeletesTheAnnotationAndKeepsOtherAnnotations() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a, annotations: {keep: me, internal.serving.kserve.io/model-criticality: Sheddable}}\n"
                + "spec: {model: {uri: 'hf://m'}}\n");
    assertThat(Conversion.toV1alpha1(hub))
        .isEqualTo(
            yaml(
                V1
                    + "metadata: {name: a, annotations: {keep: me}}\n"
                    + "spec: {model: {uri: 'hf://m', criticality: Sheddable}}\n"));
  }

  @Test
  void emptyCriticalityIsNotSaved() {
    ObjectNode v1 = yaml(V1 + "metadata: {name: a}\nspec: {model: {uri: x, criticality: ''}}\n");
    assertThat(Conversion.toV1alpha2(v1))
        .isEqualTo(yaml(V2 + "metadata: {name: a}\nspec: {model: {uri: x}}\n"));
  }

  @Test
  void adapterCriticalitiesAreSavedByIndexAsJsonWithSortedKeys() {
    String adapters =
        "[{name: a0, uri: u, criticality: Critical}, {name: a1, uri: u},"
            + " {name: a2, uri: u, criticality: Sheddable}, {name: a3, uri: u}, {name: a4, uri: u},"
            + " {name: a5, uri: u}, {name: a6, uri: u}, {name: a7, uri: u}, {name: a8, uri: u},"
            + " {name: a9, uri: u}, {name: a10, uri: u, criticality: Standard}]";
    ObjectNode v1 =
        yaml(
            V1
                + "metadata: {name: a}\nspec: {model: {uri: m, lora: {adapters: "
                + adapters
                + "}}}\n");
    ObjectNode hub = Conversion.toV1alpha2(v1);
    assertThat(hub.at("/metadata/annotations").get(Conversion.LORA_CRITICALITIES).asText())
        .isEqualTo("{\"0\":\"Critical\",\"10\":\"Standard\",\"2\":\"Sheddable\"}");
    assertThat(hub.at("/spec/model/lora/adapters").findValues("criticality")).isEmpty();
    assertThat(Conversion.toV1alpha1(hub)).isEqualTo(v1);
  }

  @Test
  void nestedAdapterCriticalityIsNeverSavedAndIsLost() {
    ObjectNode v1 =
        yaml(
            V1
                + "metadata: {name: a}\n"
                + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u, lora: {adapters: [{name: n, uri: u, criticality: Critical}]}}]}}}\n");
    ObjectNode hub = Conversion.toV1alpha2(v1);
    assertThat(hub.get("metadata").has("annotations")).isFalse();
    assertThat(hub.at("/spec/model/lora/adapters/0/lora/adapters/0").has("criticality")).isFalse();
    assertThat(
            Conversion.toV1alpha1(hub)
                .at("/spec/model/lora/adapters/0/lora/adapters/0")
                .has("criticality"))
        .isFalse();
  }

  @Test
  void adapterCriticalitiesAreRestoredOnlyForExistingAdapters() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a, annotations: {internal.serving.kserve.io/lora-criticalities: '{\"0\":\"Critical\",\"5\":\"Standard\"}'}}\n"
                + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u}]}}}\n");
    assertThat(Conversion.toV1alpha1(hub))
        .isEqualTo(
            yaml(
                V1
                    + "metadata: {name: a}\n"
                    + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u, criticality: Critical}]}}}\n"));
  }

  @Test
  void emptyCriticalityAnnotationsAreKeptAndRestoreNothingAsInKServe() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a, annotations: {internal.serving.kserve.io/model-criticality: '',"
                + " internal.serving.kserve.io/lora-criticalities: ''}}\n"
                + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u}]}}}\n");
    ObjectNode down = Conversion.toV1alpha1(hub);
    assertThat(down.at("/metadata/annotations").size()).isEqualTo(2);
    assertThat(down.at("/spec/model").has("criticality")).isFalse();
    assertThat(down.at("/spec/model/lora/adapters/0").has("criticality")).isFalse();
  }

  @Test
  void oneNonIntegerKeyRestoresNoAdapterButTheAnnotationIsConsumed() {
    // Go's json.Unmarshal into map[int]string fails whole on the key "x"
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a, annotations: {internal.serving.kserve.io/lora-criticalities:"
                + " '{\"0\":\"Critical\",\"x\":\"Standard\"}'}}\n"
                + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u}]}}}\n");
    assertThat(Conversion.toV1alpha1(hub))
        .isEqualTo(
            yaml(
                V1
                    + "metadata: {name: a}\n"
                    + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u}]}}}\n"));
  }

  @Test
  void aNonStringCriticalityRestoresNoAdapter() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a, annotations: {internal.serving.kserve.io/lora-criticalities:"
                + " '{\"0\":\"Critical\",\"1\":5}'}}\n"
                + "spec: {model: {uri: m, lora: {adapters: [{name: a0, uri: u}, {name: a1, uri: v}]}}}\n");
    assertThat(Conversion.toV1alpha1(hub).at("/spec/model/lora/adapters/0").has("criticality"))
        .isFalse();
  }

  @Test
  void confidentialIsDroppedGoingDown() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\nspec: {model: {uri: m, confidential: {enabled: true, resourceId: 'kbs:///a/b/c'}}}\n");
    assertThat(Conversion.toV1alpha1(hub))
        .isEqualTo(yaml(V1 + "metadata: {name: a}\nspec: {model: {uri: m}}\n"));
  }

  @Test
  void kvCacheOffloadingIsDroppedFromDecodeAndPrefill() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\n"
                + "spec: {replicas: 2, kvCacheOffloading: {cpu: 10Gi}, prefill: {replicas: 1, kvCacheOffloading: {cpu: 1Gi}}}\n");
    assertThat(Conversion.toV1alpha1(hub))
        .isEqualTo(yaml(V1 + "metadata: {name: a}\nspec: {replicas: 2, prefill: {replicas: 1}}\n"));
  }

  @Test
  void poolGoesUpWithOneTargetPortDefaultedKindFailureModeAndEppPort9002() {
    ObjectNode v1 =
        yaml(
            V1
                + "metadata: {name: a}\n"
                + "spec: {router: {scheduler: {pool: {spec: {selector: {app: x}, targetPortNumber: 8000, extensionRef: {name: epp}}}}}}\n");
    assertThat(Conversion.toV1alpha2(v1).at("/spec/router/scheduler/pool/spec"))
        .isEqualTo(
            yaml(
                "{selector: {matchLabels: {app: x}}, targetPorts: [{number: 8000}],"
                    + " endpointPickerRef: {kind: Service, name: epp, port: {number: 9002}, failureMode: FailClose}}"));
  }

  @Test
  void poolGoesUpWithoutDefaultPortForOtherKinds() {
    ObjectNode v1 =
        yaml(
            V1
                + "metadata: {name: a}\n"
                + "spec: {router: {scheduler: {pool: {spec: {selector: {app: x}, targetPortNumber: 8000,"
                + " extensionRef: {group: apps, kind: Deployment, name: epp, failureMode: FailOpen}}}}}}\n");
    assertThat(Conversion.toV1alpha2(v1).at("/spec/router/scheduler/pool/spec/endpointPickerRef"))
        .isEqualTo(yaml("{group: apps, kind: Deployment, name: epp, failureMode: FailOpen}"));
  }

  @Test
  void poolGoingDownLosesAppProtocolAndExtraTargetPorts() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\n"
                + "spec: {router: {scheduler: {pool: {spec: {selector: {matchLabels: {app: x}}, targetPorts: [{number: 8000}, {number: 8001}],"
                + " appProtocol: kubernetes.io/h2c, endpointPickerRef: {name: epp, port: {number: 9002}}}}}}}\n");
    assertThat(Conversion.toV1alpha1(hub).at("/spec/router/scheduler/pool/spec"))
        .isEqualTo(
            yaml(
                "{selector: {app: x}, targetPortNumber: 8000,"
                    + " extensionRef: {kind: '', name: epp, portNumber: 9002, failureMode: ''}}"));
  }

  @Test
  void poolWithoutTargetPortsCannotGoDownAndTheErrorNamesThePath() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\n"
                + "spec: {router: {scheduler: {pool: {spec: {selector: {matchLabels: {app: x}}, targetPorts: [], endpointPickerRef: {name: epp}}}}}}\n");
    assertThatThrownBy(() -> Conversion.toV1alpha1(hub))
        .isInstanceOf(ConversionException.class)
        .hasMessageStartingWith("spec.router.scheduler.pool.spec.targetPorts: ")
        .satisfies(
            e ->
                assertThat(((ConversionException) e).path())
                    .isEqualTo("spec.router.scheduler.pool.spec.targetPorts"));
  }

  @Test
  void schedulerRouteGatewayIngressWorkloadAndScalingAreCopiedBothWays() {
    String spec =
        "spec:\n"
            + "  replicas: 2\n"
            + "  parallelism: {tensor: 2, pipeline: 2, data: 4, dataLocal: 2, dataRPCPort: 5555, expert: true}\n"
            + "  template: {containers: [{name: main, image: vllm}]}\n"
            + "  worker: {containers: [{name: main}]}\n"
            + "  labels: {a: b}\n"
            + "  annotations: {c: d}\n"
            + "  rolloutStrategy: {maxUnavailable: 0, maxSurge: '25%'}\n"
            + "  tracing: {exporter: otlp}\n"
            + "  storageInitializer: {enabled: false}\n"
            + "  baseRefs: [{name: x}]\n"
            + "  prefill: {scaling: {minReplicas: 1, maxReplicas: 3, wva: {variantCost: '5', hpa: {behavior: {scaleUp: {stabilizationWindowSeconds: 0}}}}}}\n"
            + "  router:\n"
            + "    route: {group: g, weight: 5, http: {refs: [{name: r}], spec: {parentRefs: [{name: gw}]}}}\n"
            + "    gateway: {refs: [{name: gw, namespace: ns, sectionName: https}]}\n"
            + "    ingress: {refs: [{name: i}]}\n"
            + "    scheduler: {pool: {ref: {name: p}}, labels: {l: v}, annotations: {a: v}, template: {containers: []}, config: {ref: {name: cm, key: k}}, replicas: 2, tokenizer: {template: {containers: [{name: t}]}}}\n";
    ObjectNode v1 = yaml(V1 + "metadata: {name: a}\n" + spec);
    ObjectNode hub = Conversion.toV1alpha2(v1);
    assertThat(hub.get("spec")).isEqualTo(v1.get("spec"));
    assertThat(Conversion.toV1alpha1(hub)).isEqualTo(v1);
  }

  @Test
  void statusCommonFieldsAreCopiedAndAddressesAreWrapped() {
    String status =
        "status: {url: 'http://a', observedGeneration: 3, conditions: [{type: Ready, status: 'True'}],"
            + " annotations: {x: y}, address: {url: 'http://b'}, addresses: [{name: n, url: 'http://c', CACerts: ca, audience: au}]}\n";
    ObjectNode v1 = yaml(V1 + "metadata: {name: a}\nspec: {}\n" + status);
    ObjectNode hub = Conversion.toV1alpha2(v1);
    assertThat(hub.get("status")).isEqualTo(v1.get("status"));
    assertThat(Conversion.toV1alpha1(hub)).isEqualTo(v1);
  }

  @Test
  void addressOriginAndModelsAreLostGoingDown() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\nspec: {}\n"
                + "status: {addresses: [{url: 'http://c', origin: {group: g, kind: Gateway, name: gw}, models: [{name: m}]}]}\n");
    assertThat(Conversion.toV1alpha1(hub).get("status"))
        .isEqualTo(yaml("{addresses: [{url: 'http://c'}]}"));
  }

  @Test
  void statusRouterIsNotConvertedInEitherDirection() {
    ObjectNode v1 =
        yaml(
            V1
                + "metadata: {name: a}\nspec: {}\nstatus: {url: u, router: {gateways: [{group: g, kind: Gateway, name: gw}]}}\n");
    assertThat(Conversion.toV1alpha2(v1).get("status")).isEqualTo(yaml("{url: u}"));
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\nspec: {}\nstatus: {url: u, router: {group: {name: g, members: []}}}\n");
    assertThat(Conversion.toV1alpha1(hub).get("status")).isEqualTo(yaml("{url: u}"));
  }

  @Test
  void workloadsAndAppliedConfigsAreLostGoingDown() {
    ObjectNode hub =
        yaml(
            V2
                + "metadata: {name: a}\nspec: {}\n"
                + "status: {observedGeneration: 1, workloads: {primary: {kind: Deployment, name: d}},"
                + " appliedConfigs: [{name: c, namespace: kserve, source: Preset}]}\n");
    assertThat(Conversion.toV1alpha1(hub).get("status")).isEqualTo(yaml("{observedGeneration: 1}"));
  }

  @Test
  void configReferencedByIsLostGoingDownAndConfigsConvertLikeServices() {
    ObjectNode hub =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: c, annotations: {internal.serving.kserve.io/model-criticality: Critical}}\n"
                + "spec: {model: {uri: m, confidential: {enabled: true}}}\n"
                + "status: {conditions: [{type: Ready, status: 'True'}], referencedBy: [{name: s, namespace: n}]}\n");
    assertThat(Conversion.toV1alpha1(hub))
        .isEqualTo(
            yaml(
                "apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceServiceConfig\n"
                    + "metadata: {name: c}\n"
                    + "spec: {model: {uri: m, criticality: Critical}}\n"
                    + "status: {conditions: [{type: Ready, status: 'True'}]}\n"));
  }

  @Test
  void inputsAreNeverModified() {
    ObjectNode v1 =
        yaml(V1 + "metadata: {name: a}\nspec: {model: {uri: m, criticality: Critical}}\n");
    ObjectNode copy = v1.deepCopy();
    ObjectNode hub = Conversion.toV1alpha2(v1);
    ObjectNode hubCopy = hub.deepCopy();
    Conversion.toV1alpha1(hub);
    assertThat(v1).isEqualTo(copy);
    assertThat(hub).isEqualTo(hubCopy);
  }

  @Test
  void convertingToTheSameVersionCopies() {
    ObjectNode hub = yaml(V2 + "metadata: {name: a}\nspec: {model: {uri: m}}\n");
    ObjectNode same = Conversion.convert(hub, ApiVersion.V1ALPHA2);
    assertThat(same).isEqualTo(hub).isNotSameAs(hub);
  }

  @Test
  void otherKindsAndVersionsAreRejected() {
    assertThatThrownBy(
            () ->
                Conversion.toV1alpha2(
                    yaml("apiVersion: serving.kserve.io/v1beta1\nkind: LLMInferenceService\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v1beta1");
    assertThatThrownBy(
            () ->
                Conversion.toV1alpha2(
                    yaml("apiVersion: serving.kserve.io/v1alpha1\nkind: InferenceService\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("InferenceService");
  }
}
