package dev.llmisvc.compose.internal.postmerge;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostMergeStepsTest {
  private static final String SERVICE =
      "metadata: {name: llm, namespace: team}\nspec: {model: {uri: 'hf://m'}}";

  private static PostMergeContext context() {
    return context(yaml(SERVICE), ConfigSource.empty());
  }

  private static PostMergeContext context(ObjectNode service, ConfigSource source) {
    return PostMergeContext.of(service, "kserve", source);
  }

  private static ObjectNode config(String spec) {
    ObjectNode config = yaml("metadata: {name: llm, namespace: team}");
    config.set("spec", yaml(spec));
    return config;
  }

  private static JsonNode run(PostMergeStep step, ObjectNode config) {
    step.apply(config, context());
    return config.get("spec");
  }

  @Test
  void stepsRunInKServesOrderWithTheTemplateSlotThird() {
    List<PostMergeStep> steps = PostMergeSteps.inOrder(PostMergeSteps.templatesLeftAsIs());
    assertThat(steps)
        .extracting(PostMergeStep::name)
        .containsExactly(
            "pool-selector-default",
            "epp-service-account-default",
            "template-substitution",
            "managed-dra",
            "gateway-parent-refs",
            "workload-service-backend",
            "pool-ref-backend",
            "scheduler-config-map",
            "endpoint-picker-port-default",
            "lora-adapters");
  }

  @Test
  void runAppliesEveryStep() {
    ObjectNode config = config("router: {scheduler: {pool: {spec: {}}, template: {}}}");
    PostMergeSteps.run(
        PostMergeSteps.inOrder(PostMergeSteps.templatesLeftAsIs()), config, context());
    assertThat(config.at("/spec/router/scheduler/template/serviceAccountName").asText())
        .isEqualTo("llm-epp-sa");
    assertThat(config.at("/spec/router/scheduler/pool/spec/endpointPickerRef").toString())
        .isEqualTo("{\"port\":{\"number\":9002}}");
    assertThat(config.at("/spec/router/scheduler/pool/spec/selector/matchLabels").size())
        .isEqualTo(3);
  }

  @Nested
  class PoolSelector {
    @Test
    void emptySelectorGetsTheWorkloadLabels() {
      JsonNode spec =
          run(
              new PoolSelectorDefault(),
              config("router: {scheduler: {pool: {spec: {selector: {matchLabels: {}}}}}}"));
      assertThat(spec.at("/router/scheduler/pool/spec/selector/matchLabels").toString())
          .isEqualTo(
              "{\"app.kubernetes.io/part-of\":\"llminferenceservice\",\"app.kubernetes.io/name\":\"llm\",\"kserve.io/component\":\"workload\"}");
    }

    @Test
    void nonEmptySelectorAndMissingPoolSpecAreLeftAlone() {
      JsonNode spec =
          run(
              new PoolSelectorDefault(),
              config("router: {scheduler: {pool: {spec: {selector: {matchLabels: {a: b}}}}}}"));
      assertThat(spec.at("/router/scheduler/pool/spec/selector/matchLabels").toString())
          .isEqualTo("{\"a\":\"b\"}");
      JsonNode noPool =
          run(new PoolSelectorDefault(), config("router: {scheduler: {pool: {ref: {name: p}}}}"));
      assertThat(noPool.at("/router/scheduler/pool/spec").isMissingNode()).isTrue();
    }
  }

  @Nested
  class EppServiceAccount {
    @Test
    void defaultsToChildName() {
      JsonNode spec =
          run(
              new EppServiceAccountDefault(),
              config("router: {scheduler: {template: {serviceAccountName: ''}}}"));
      assertThat(spec.at("/router/scheduler/template/serviceAccountName").asText())
          .isEqualTo("llm-epp-sa");
    }

    @Test
    void keepsAGivenAccountAndNeedsATemplate() {
      JsonNode spec =
          run(
              new EppServiceAccountDefault(),
              config("router: {scheduler: {template: {serviceAccountName: mine}}}"));
      assertThat(spec.at("/router/scheduler/template/serviceAccountName").asText())
          .isEqualTo("mine");
      JsonNode none = run(new EppServiceAccountDefault(), config("router: {scheduler: {}}"));
      assertThat(none.at("/router/scheduler/template").isMissingNode()).isTrue();
    }
  }

  @Nested
  class Dra {
    private ObjectNode service(String annotations) {
      return yaml("metadata: {name: llm, namespace: team, annotations: " + annotations + "}");
    }

    @Test
    void claimsGoToEveryWorkloadPodSpecAndItsFirstContainer() {
      ObjectNode config =
          config(
              """
              template: {containers: [{name: main}, {name: other}]}
              worker: {containers: [{name: main}]}
              prefill: {template: {containers: []}, worker: {containers: [{name: w}]}}
              router: {scheduler: {template: {containers: [{name: main}]}}}
              """);
      new ManagedDra()
          .apply(
              config,
              context(
                  service("{serving.kserve.io/exp-dra-device-class: ''}"), ConfigSource.empty()));
      JsonNode spec = config.get("spec");
      for (String pod :
          new String[] {"/template", "/worker", "/prefill/template", "/prefill/worker"}) {
        assertThat(spec.at(pod + "/resourceClaims").toString())
            .as(pod)
            .isEqualTo(
                "[{\"name\":\"managed-device\",\"resourceClaimTemplateName\":\"llm-managed-dra\"}]");
      }
      assertThat(spec.at("/template/containers/0/resources/claims").toString())
          .isEqualTo("[{\"name\":\"managed-device\"}]");
      assertThat(spec.at("/template/containers/1/resources").isMissingNode()).isTrue();
      assertThat(spec.at("/prefill/worker/containers/0/resources/claims/0/name").asText())
          .isEqualTo("managed-device");
      assertThat(spec.at("/router/scheduler/template/resourceClaims").isMissingNode()).isTrue();
    }

    @Test
    void namedContainerTrimmedAndNoDuplicates() {
      ObjectNode config =
          config(
              """
              template:
                resourceClaims: [{name: managed-device, resourceClaimTemplateName: custom}]
                containers:
                  - {name: main}
                  - {name: gpu, resources: {claims: [{name: managed-device}]}}
              worker: {containers: [{name: main}]}
              """);
      new ManagedDra()
          .apply(
              config,
              context(
                  service(
                      "{serving.kserve.io/exp-dra-device-class: x, serving.kserve.io/exp-dra-container-name: ' gpu '}"),
                  ConfigSource.empty()));
      JsonNode spec = config.get("spec");
      assertThat(spec.at("/template/resourceClaims").size()).isEqualTo(1);
      assertThat(spec.at("/template/resourceClaims/0/resourceClaimTemplateName").asText())
          .isEqualTo("custom");
      assertThat(spec.at("/template/containers/1/resources/claims").size()).isEqualTo(1);
      assertThat(spec.at("/template/containers/0/resources").isMissingNode()).isTrue();
      // worker has no "gpu" container: pod claim only
      assertThat(spec.at("/worker/resourceClaims").size()).isEqualTo(1);
      assertThat(spec.at("/worker/containers/0/resources").isMissingNode()).isTrue();
    }

    @Test
    void withoutTheAnnotationNothingChanges() {
      ObjectNode config = config("template: {containers: [{name: main}]}");
      new ManagedDra().apply(config, context(service("{other: x}"), ConfigSource.empty()));
      assertThat(config.at("/spec/template").toString())
          .isEqualTo("{\"containers\":[{\"name\":\"main\"}]}");
    }
  }

  @Nested
  class ParentRefs {
    @Test
    void gatewayRefsReplaceParentRefs() {
      JsonNode spec =
          run(
              new GatewayParentRefs(),
              config(
                  """
                  router:
                    gateway: {refs: [{name: a, namespace: gw}, {name: b, sectionName: https}, {name: c, namespace: ''}]}
                    route: {http: {spec: {parentRefs: [{name: old}]}}}
                  """));
      assertThat(spec.at("/router/route/http/spec/parentRefs").toString())
          .isEqualTo(
              "[{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"Gateway\",\"name\":\"a\",\"namespace\":\"gw\"},"
                  + "{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"Gateway\",\"name\":\"b\",\"sectionName\":\"https\"},"
                  + "{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"Gateway\",\"name\":\"c\"}]");
    }

    @Test
    void noRefsOrNoInlineSpecLeavesParentRefs() {
      JsonNode spec =
          run(
              new GatewayParentRefs(),
              config(
                  "router: {gateway: {refs: []}, route: {http: {spec: {parentRefs: [{name: old}]}}}}"));
      assertThat(spec.at("/router/route/http/spec/parentRefs/0/name").asText()).isEqualTo("old");
      JsonNode noSpec =
          run(new GatewayParentRefs(), config("router: {gateway: {refs: [{name: a}]}, route: {}}"));
      assertThat(noSpec.at("/router/route/http").isMissingNode()).isTrue();
    }
  }

  private static final String ROUTE =
      """
      route:
        http:
          spec:
            rules:
              - backendRefs:
                  - {group: inference.networking.k8s.io, kind: InferencePool, name: llm-inference-pool, port: 8000, weight: 1}
                  - {kind: Service, name: llm-kserve-workload-svc, port: 8000}
                  - {group: inference.networking.x-k8s.io, kind: InferencePool, name: llm-inference-pool, port: 8000}
                  - {kind: InferencePool, name: other-pool}
              - matches: []
      """;

  @Nested
  class Backends {
    @Test
    void withoutSchedulerDefaultPoolBackendsBecomeTheWorkloadService() {
      JsonNode spec = run(new WorkloadServiceBackend(), config("router:\n" + ROUTE.indent(2)));
      JsonNode refs = spec.at("/router/route/http/spec/rules/0/backendRefs");
      assertThat(refs.get(0).toString())
          .isEqualTo(
              "{\"group\":\"\",\"kind\":\"Service\",\"name\":\"llm-kserve-workload-svc\",\"port\":8000,\"weight\":1}");
      assertThat(refs.get(2).get("kind").asText()).isEqualTo("Service");
      assertThat(refs.get(2).get("group").asText()).isEmpty();
      assertThat(refs.get(3).toString())
          .isEqualTo("{\"kind\":\"InferencePool\",\"name\":\"other-pool\"}");
    }

    @Test
    void withSchedulerTheWorkloadServiceRewriteDoesNothing() {
      JsonNode spec =
          run(new WorkloadServiceBackend(), config("router:\n  scheduler: {}\n" + ROUTE.indent(2)));
      assertThat(spec.at("/router/route/http/spec/rules/0/backendRefs/0/kind").asText())
          .isEqualTo("InferencePool");
    }

    @Test
    void poolRefRenamesDefaultPoolBackends() {
      JsonNode spec =
          run(
              new PoolRefBackend(),
              config("router:\n  scheduler: {pool: {ref: {name: shared}}}\n" + ROUTE.indent(2)));
      JsonNode refs = spec.at("/router/route/http/spec/rules/0/backendRefs");
      assertThat(refs.get(0).toString())
          .isEqualTo(
              "{\"group\":\"inference.networking.k8s.io\",\"kind\":\"InferencePool\",\"name\":\"shared\",\"port\":8000,\"weight\":1}");
      assertThat(refs.get(2).get("name").asText()).isEqualTo("shared");
      assertThat(refs.get(3).get("name").asText()).isEqualTo("other-pool");
    }

    @Test
    void emptyPoolRefRenamesNothing() {
      JsonNode spec =
          run(
              new PoolRefBackend(),
              config("router:\n  scheduler: {pool: {ref: {name: ''}}}\n" + ROUTE.indent(2)));
      assertThat(spec.at("/router/route/http/spec/rules/0/backendRefs/0/name").asText())
          .isEqualTo("llm-inference-pool");
    }
  }

  @Nested
  class EndpointPickerPort {
    @Test
    void missingOrZeroPortOnAServiceBecomes9002() {
      assertThat(
              run(
                      new EndpointPickerPortDefault(),
                      config(
                          "router: {scheduler: {pool: {spec: {endpointPickerRef: {kind: Service, name: e}}}}}"))
                  .at("/router/scheduler/pool/spec/endpointPickerRef/port/number")
                  .asInt())
          .isEqualTo(9002);
      assertThat(
              run(
                      new EndpointPickerPortDefault(),
                      config(
                          "router: {scheduler: {pool: {spec: {endpointPickerRef: {port: {number: 0}}}}}}"))
                  .at("/router/scheduler/pool/spec/endpointPickerRef/port/number")
                  .asInt())
          .isEqualTo(9002);
      assertThat(
              run(
                      new EndpointPickerPortDefault(),
                      config("router: {scheduler: {pool: {spec: {}}}}"))
                  .at("/router/scheduler/pool/spec/endpointPickerRef")
                  .toString())
          .isEqualTo("{\"port\":{\"number\":9002}}");
    }

    @Test
    void givenPortOtherKindOrNoPoolSpecIsLeftAlone() {
      assertThat(
              run(
                      new EndpointPickerPortDefault(),
                      config(
                          "router: {scheduler: {pool: {spec: {endpointPickerRef: {port: {number: 1234}}}}}}"))
                  .at("/router/scheduler/pool/spec/endpointPickerRef/port/number")
                  .asInt())
          .isEqualTo(1234);
      assertThat(
              run(
                      new EndpointPickerPortDefault(),
                      config(
                          "router: {scheduler: {pool: {spec: {endpointPickerRef: {kind: Other}}}}}"))
                  .at("/router/scheduler/pool/spec/endpointPickerRef/port")
                  .isMissingNode())
          .isTrue();
      assertThat(
              run(new EndpointPickerPortDefault(), config("router: {scheduler: {}}"))
                  .at("/router/scheduler/pool")
                  .isMissingNode())
          .isTrue();
    }
  }

  @Nested
  class SchedulerConfigMap {
    private final ConfigSource source =
        InMemoryConfigSource.builder("team")
            .add(
                yaml(
                    "kind: ConfigMap\nmetadata: {name: mine}\ndata: {epp: 'plugins: []', custom: '{}'}"),
                "t")
            .add(
                yaml(
                    "kind: ConfigMap\nmetadata: {name: config-scheduler-default, namespace: kserve}\ndata: {epp: 'plugins: [{type: predicted-latency-producer}]'}"),
                "t")
            .add(
                yaml(
                    "kind: ConfigMap\nmetadata: {name: config-scheduler-local}\ndata: {epp: local}"),
                "t")
            .add(
                yaml(
                    "kind: ConfigMap\nmetadata: {name: config-scheduler-local, namespace: kserve}\ndata: {epp: system}"),
                "t")
            .build();

    private PostMergeContext apply(ObjectNode config) {
      PostMergeContext context = context(yaml(SERVICE), source);
      new SchedulerConfigMapResolution().apply(config, context);
      return context;
    }

    @Test
    void refBecomesVerbatimInlineTextWithDefaultKey() {
      ObjectNode config = config("router: {scheduler: {config: {ref: {name: mine}}}}");
      PostMergeContext context = apply(config);
      assertThat(config.at("/spec/router/scheduler/config").toString())
          .isEqualTo("{\"inline\":\"plugins: []\"}");
      assertThat(context.findings().schedulerConfigMap())
          .contains(new ConfigMapRef("team", "mine", "epp"));
      assertThat(context.findings().warnings()).isEmpty();
    }

    @Test
    void explicitKey() {
      ObjectNode config = config("router: {scheduler: {config: {ref: {name: mine, key: custom}}}}");
      apply(config);
      assertThat(config.at("/spec/router/scheduler/config/inline").asText()).isEqualTo("{}");
    }

    @Test
    void prefixedNameFallsBackToTheSystemNamespaceAndWarnsAboutTheLatencyProducer() {
      ObjectNode config =
          config("router: {scheduler: {config: {ref: {name: config-scheduler-default}}}}");
      PostMergeContext context = apply(config);
      assertThat(context.findings().schedulerConfigMap())
          .contains(new ConfigMapRef("kserve", "config-scheduler-default", "epp"));
      assertThat(context.findings().warnings())
          .singleElement()
          .asString()
          .startsWith("LatencyPredictorConfigRef");
    }

    @Test
    void serviceNamespaceWinsForPrefixedNames() {
      ObjectNode config =
          config("router: {scheduler: {config: {ref: {name: config-scheduler-local}}}}");
      apply(config);
      assertThat(config.at("/spec/router/scheduler/config/inline").asText()).isEqualTo("local");
    }

    @Test
    void missingKey() {
      ObjectNode config = config("router: {scheduler: {config: {ref: {name: mine, key: nope}}}}");
      assertThatThrownBy(() -> apply(config))
          .isInstanceOf(PostMergeException.class)
          .hasMessage("ConfigMap team/mine doesn't have key \"nope\" in data");
    }

    @Test
    void missingUnprefixedConfigMapFailsOnTheKeyWithEmptyIdentity() {
      ObjectNode config = config("router: {scheduler: {config: {ref: {name: absent}}}}");
      assertThatThrownBy(() -> apply(config))
          .hasMessage("ConfigMap / doesn't have key \"epp\" in data");
    }

    @Test
    void missingPrefixedConfigMap() {
      ObjectNode config =
          config("router: {scheduler: {config: {ref: {name: config-scheduler-absent}}}}");
      assertThatThrownBy(() -> apply(config))
          .hasMessage(
              "failed to get scheduler config \"config-scheduler-absent\" from namespaces [\"team\", \"kserve\"]:"
                  + " failed to get v1.ConfigMap kserve/config-scheduler-absent from API Server:"
                  + " configmaps \"config-scheduler-absent\" not found");
    }

    @Test
    void lookupErrorInTheServiceNamespace() {
      ConfigSource failing =
          new ConfigSource() {
            @Override
            public Optional<ConfigDocument> config(String namespace, String name) {
              return Optional.empty();
            }

            @Override
            public Optional<ObjectNode> configMap(String namespace, String name) {
              throw new ConfigSourceException("connection refused");
            }
          };
      ObjectNode config = config("router: {scheduler: {config: {ref: {name: mine}}}}");
      assertThatThrownBy(
              () ->
                  new SchedulerConfigMapResolution().apply(config, context(yaml(SERVICE), failing)))
          .hasMessage(
              "failed to get ConfigMap team/mine: failed to get v1.ConfigMap team/mine from API Server:"
                  + " connection refused");
    }

    @Test
    void withoutRefNothingHappens() {
      ObjectNode config = config("router: {scheduler: {config: {inline: {plugins: []}}}}");
      PostMergeContext context = apply(config);
      assertThat(config.at("/spec/router/scheduler/config/inline").isObject()).isTrue();
      assertThat(context.findings().schedulerConfigMap()).isEmpty();
    }
  }

  @Nested
  class Lora {
    private PostMergeContext apply(ObjectNode config) {
      PostMergeContext context = context();
      new LoraAdapterCheck().apply(config, context);
      return context;
    }

    @Test
    void adaptersAreSortedWithSanitisedMountPaths() {
      ObjectNode config =
          config(
              """
              model:
                uri: hf://base
                lora:
                  adapters:
                    - {name: zeta, uri: 'pvc://claim/path'}
                    - {name: 'org/alpha', uri: 'hf://org/alpha'}
                    - {name: '..', uri: 's3://b/k'}
              """);
      assertThat(apply(config).findings().loraAdapters())
          .containsExactly(
              new LoraAdapter("..", "/mnt/lora/adapter", "s3://b/k", "s3"),
              new LoraAdapter("org/alpha", "/mnt/lora/org-alpha", "hf://org/alpha", "hf"),
              new LoraAdapter("zeta", "/mnt/lora/zeta", "pvc://claim/path", "pvc"));
    }

    @Test
    void storageInitializerDisabledRejectsDownloadsAndPvcs() {
      for (String uri : new String[] {"hf://a", "s3://a", "pvc://a/b"}) {
        ObjectNode config =
            config(
                "storageInitializer: {enabled: false}\nmodel: {lora: {adapters: [{name: a, uri: '"
                    + uri
                    + "'}]}}");
        assertThatThrownBy(() -> apply(config))
            .as(uri)
            .isInstanceOf(PostMergeException.class)
            .hasMessageStartingWith("failed to enumerate LoRA adapters: ");
      }
    }

    @Test
    void ociUnknownSchemesAndMissingSchemesFailWithKServesTexts() {
      String docs = " (see " + LoraAdapterCheck.DOCS + ")";
      Map<String, String> expected =
          Map.of(
              "oci://r/i",
              "oci:// is not supported for LoRA adapters; use hf://, s3://, or pvc:// instead"
                  + docs,
              "gs://b/k",
              "unsupported URI scheme \"gs://\"; supported schemes are hf://, s3://, pvc://" + docs,
              "no-scheme",
              "invalid URI \"no-scheme\"");
      expected.forEach(
          (uri, reason) -> {
            ObjectNode config =
                config("model: {lora: {adapters: [{name: a, uri: '" + uri + "'}]}}");
            assertThatThrownBy(() -> apply(config))
                .as(uri)
                .hasMessage("failed to enumerate LoRA adapters: LoRA adapter \"a\": " + reason);
          });
    }

    @Test
    void pvcWithoutTheStorageInitializerFailsWithKServesText() {
      ObjectNode config =
          config(
              "storageInitializer: {enabled: false}\n"
                  + "model: {lora: {adapters: [{name: a, uri: 'pvc://claim/path'}]}}");
      assertThatThrownBy(() -> apply(config))
          .hasMessage(
              "failed to enumerate LoRA adapters: LoRA adapter \"a\": pvc:// requires a mounted"
                  + " volume \u2014 do not set storageInitializer.enabled to false (see "
                  + LoraAdapterCheck.DOCS
                  + ")");
    }

    @Test
    void anUpperCaseSchemeIsReadAsGoReadsIt() {
      ObjectNode config = config("model: {lora: {adapters: [{name: a, uri: 'HF://org/adapter'}]}}");
      assertThat(apply(config).findings().loraAdapters())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.scheme()).isEqualTo("hf");
                assertThat(a.uri()).isEqualTo("hf://org/adapter");
              });
    }

    @Test
    void noAdaptersNoFindings() {
      assertThat(apply(config("model: {uri: 'hf://m'}")).findings().loraAdapters()).isEmpty();
    }
  }
}
