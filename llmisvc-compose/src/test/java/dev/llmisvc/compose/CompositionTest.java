package dev.llmisvc.compose;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.ConfigSource;
import dev.llmisvc.compose.merge.LayerDiagnostics;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Provenance, diagnostics and the no-mutation guarantees of {@link Composer#compose}. */
class CompositionTest {
  private static final String TEMPLATE_PRESET =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceServiceConfig
      metadata: {name: kserve-config-llm-template, namespace: kserve}
      spec:
        replicas: 1
        template:
          containers:
            - name: main
              image: vllm:preset
              args: ["--served-model-name", "{{ .Spec.Model.Name }}"]
      """;
  private static final String SCHEDULER_PRESET =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceServiceConfig
      metadata: {name: kserve-config-llm-scheduler, namespace: kserve}
      spec:
        router:
          scheduler:
            template:
              containers:
                - name: main
                  image: epp:preset
      """;
  private static final String PROFILE =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceServiceConfig
      metadata: {name: profile, namespace: team}
      spec:
        replicas: 2
        template:
          containers:
            - name: main
              args: ["--max-model-len", "4096"]
      """;

  private static final String SERVICE =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceService
      metadata: {name: llama, namespace: team}
      spec:
        model: {uri: "hf://org/llama"}
        replicas: 3
        baseRefs: [{name: profile}]
        router:
          scheduler: {}
      """;

  private static InMemoryConfigSource source(String... documents) {
    InMemoryConfigSource.Builder b = InMemoryConfigSource.builder("team");
    for (String d : documents) {
      b.add(yaml(d), "test");
    }
    return b.build();
  }

  private static Composer composer(InMemoryConfigSource source) {
    return Composer.builder().configs(source).builtinPresets(false).build();
  }

  private static Composition<ObjectNode> composeService() {
    return composer(source(TEMPLATE_PRESET, SCHEDULER_PRESET, PROFILE)).compose(yaml(SERVICE));
  }

  @Test
  void replicasSetByTheServiceOriginateInTheServiceLayer() {
    Composition<ObjectNode> c = composeService();
    assertThat(c.condition().succeeded()).isTrue();
    assertThat(c.spec().orElseThrow().path("replicas").asInt()).isEqualTo(3);
    assertThat(c.origin("replicas"))
        .contains(FieldOrigin.merged(LayerId.parse("LLMInferenceService:team/llama")));
  }

  @Test
  void containerImageOriginatesInTheTemplatePreset() {
    assertThat(composeService().origin("template.containers[name=main].image"))
        .contains(FieldOrigin.merged(LayerId.parse("Preset:kserve/kserve-config-llm-template")));
  }

  @Test
  void valueAddedByAPostMergeStepNamesTheStep() {
    Composition<ObjectNode> c = composeService();
    assertThat(c.spec().orElseThrow().at("/router/scheduler/template/serviceAccountName").asText())
        .isEqualTo("llama-epp-sa");
    FieldOrigin origin = c.origin("router.scheduler.template.serviceAccountName").orElseThrow();
    assertThat(origin.layer()).isEmpty();
    assertThat(origin.step()).contains("epp-service-account-default");
    assertThat(origin.describe()).isEqualTo("set by post-merge step epp-service-account-default");
  }

  @Test
  void templatedValueKeepsItsLayerAndIsMarkedTemplated() {
    // The profile's args replace the preset's whole list (no merge key), so render a value of the
    // preset that survives: the service has no args of its own and the profile is not used here.
    Composition<ObjectNode> c =
        composer(source(TEMPLATE_PRESET))
            .compose(
                yaml(
                    """
                    apiVersion: serving.kserve.io/v1alpha2
                    kind: LLMInferenceService
                    metadata: {name: llama, namespace: team}
                    spec:
                      model: {uri: "hf://org/llama", name: org/llama-3}
                    """));
    assertThat(c.spec().orElseThrow().at("/template/containers/0/args/1").asText())
        .isEqualTo("org/llama-3");
    FieldOrigin origin = c.origin("template.containers[name=main].args").orElseThrow();
    assertThat(origin)
        .isEqualTo(
            new FieldOrigin(
                Optional.of(LayerId.parse("Preset:kserve/kserve-config-llm-template")),
                true,
                Optional.empty()));
    assertThat(origin.describe()).isEqualTo("Preset:kserve/kserve-config-llm-template (templated)");
    assertThat(c.origin("template.containers[name=main].image").orElseThrow().templated())
        .isFalse();
  }

  @Test
  void aTemplatedMergeKeyKeepsTheLayerOfItsItem() {
    String preset =
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceServiceConfig
        metadata: {name: kserve-config-llm-template, namespace: kserve}
        spec:
          template:
            containers: [{name: main, image: vllm:preset}]
            volumes:
              - name: "{{ .ObjectMeta.Name }}-cache"
                emptyDir: {medium: Memory}
        """;
    Composition<ObjectNode> c =
        composer(source(preset))
            .compose(
                yaml(
                    """
                    apiVersion: serving.kserve.io/v1alpha2
                    kind: LLMInferenceService
                    metadata: {name: llama, namespace: team}
                    spec:
                      model: {uri: "hf://org/llama"}
                    """));
    assertThat(c.spec().orElseThrow().at("/template/volumes/0/name").asText())
        .isEqualTo("llama-cache");
    FieldOrigin templated =
        new FieldOrigin(
            Optional.of(LayerId.parse("Preset:kserve/kserve-config-llm-template")),
            true,
            Optional.empty());
    assertThat(c.origin("template.volumes[name=llama-cache].name")).contains(templated);
    assertThat(c.origin("template.volumes[name=llama-cache].emptyDir.medium")).contains(templated);
    assertThat(c.origins().keySet()).noneMatch(p -> p.toString().contains("{{"));
  }

  @Test
  void missingConfigsListsEveryMissingConfigWhereKServeStopsAtTheFirst() {
    Composition<ObjectNode> c =
        composer(source())
            .compose(
                yaml(
                    """
                    apiVersion: serving.kserve.io/v1alpha2
                    kind: LLMInferenceService
                    metadata: {name: llama, namespace: team}
                    spec:
                      model: {uri: "hf://org/llama"}
                      router: {scheduler: {}, route: {}}
                      tracing: {}
                    """));
    assertThat(c.condition())
        .isEqualTo(
            new ComposeCondition(
                "False",
                "ConfigNotFound",
                "LLMInferenceServiceConfig \"kserve-config-llm-scheduler\" not found in"
                    + " namespaces [team kserve]"));
    assertThat(c.missingConfigs())
        .containsExactly(
            "kserve-config-llm-scheduler",
            "kserve-config-llm-router-route",
            "kserve-config-llm-tracing",
            "kserve-config-llm-template");
    assertThat(c.appliedConfigs()).isEmpty();
    assertThat(c.spec()).isEmpty();
    assertThat(c.origins()).isEmpty();
  }

  @Test
  void diagnosticsShowTheListABaseRefReplaced() {
    Composition<ObjectNode> c = composeService();
    LayerDiagnostics profile =
        c.diagnostics().stream()
            .filter(d -> d.layerId().equals("UserRef:team/profile"))
            .findFirst()
            .orElseThrow();
    assertThat(profile.replacedWhole())
        .containsExactly(
            new LayerDiagnostics.Replacement(
                "template.containers[name=main].args",
                yaml("a: ['--served-model-name', '{{ .Spec.Model.Name }}']").get("a"),
                yaml("a: ['--max-model-len', '4096']").get("a")));
    assertThat(c.spec().orElseThrow().at("/template/containers/0/args"))
        .isEqualTo(yaml("a: ['--max-model-len', '4096']").get("a"));
    assertThat(c.origin("template.containers[name=main].args"))
        .contains(FieldOrigin.merged(LayerId.parse("UserRef:team/profile")));
  }

  @Test
  void neitherTheServiceNorTheConfigsAreChanged() {
    InMemoryConfigSource source = source(TEMPLATE_PRESET, SCHEDULER_PRESET, PROFILE);
    List<JsonNode> configsBefore = snapshot(source);
    ObjectNode service = yaml(SERVICE);
    ObjectNode serviceBefore = service.deepCopy();

    Composition<ObjectNode> c = composer(source).compose(service);
    // Changing what the composition hands out does not change the composition either.
    c.spec().orElseThrow().put("replicas", 99);
    c.service().remove("spec");

    assertThat(service).isEqualTo(serviceBefore);
    assertThat(snapshot(source)).isEqualTo(configsBefore);
    assertThat(c.spec().orElseThrow().path("replicas").asInt()).isEqualTo(3);
    assertThat(c.service().has("spec")).isTrue();
  }

  @Test
  void oneComposerComposesManyServicesIndependently() {
    InMemoryConfigSource source = source(TEMPLATE_PRESET, SCHEDULER_PRESET, PROFILE);
    Composer shared = composer(source);
    ObjectNode other =
        yaml(
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata: {name: other, namespace: team}
            spec:
              model: {uri: "hf://org/other"}
              parallelism: {tensor: 2}
            """);

    Composition<ObjectNode> first = shared.compose(yaml(SERVICE));
    Composition<ObjectNode> second = shared.compose(other);
    Composition<ObjectNode> again = shared.compose(yaml(SERVICE));

    assertThat(again.toResource()).isEqualTo(first.toResource());
    assertThat(again.origins()).isEqualTo(first.origins());
    assertThat(second.toResource()).isEqualTo(composer(source).compose(other).toResource());
    assertThat(second.spec().orElseThrow().at("/template/containers/0/args/1").asText())
        .isEqualTo("other");
    assertThat(second.appliedConfigs())
        .containsExactly(
            AppliedConfigRef.builder()
                .name("kserve-config-llm-template")
                .namespace("kserve")
                .source(ConfigSource.PRESET)
                .build());
  }

  @Test
  void templateErrorNamesTheConfigThatWroteTheFailingString() {
    String bad =
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceServiceConfig
        metadata: {name: bad, namespace: team}
        spec:
          annotations:
            example.io/expert: "{{ .Spec.Parallelism.Expert }}"
        """;
    Composition<ObjectNode> c =
        composer(source(TEMPLATE_PRESET, bad))
            .compose(
                yaml(
                    """
                    apiVersion: serving.kserve.io/v1alpha2
                    kind: LLMInferenceService
                    metadata: {name: llama, namespace: team}
                    spec:
                      model: {uri: "hf://org/llama"}
                      baseRefs: [{name: bad}]
                    """));
    assertThat(c.condition().reason()).isEqualTo("CombineBaseError");
    // the message is KServe's, word for word; the config, field and layer are the detail
    assertThat(c.condition().message())
        .startsWith("failed to merge config: template: config:")
        .endsWith(
            "executing \"config\" at <.Spec.Parallelism.Expert>: nil pointer evaluating"
                + " *v1alpha2.ParallelismSpec.Expert");
    assertThat(c.condition().detail())
        .contains(
            "config \"llama\", field spec.annotations[\"example.io/expert\"] (from"
                + " UserRef:team/bad)");
    assertThat(c.condition().describe())
        .startsWith("CombineBaseError: failed to merge config: ")
        .endsWith(
            "(config \"llama\", field spec.annotations[\"example.io/expert\"] (from"
                + " UserRef:team/bad))");
  }

  @Test
  void indexPathFindsKeyedItemsByTheirPosition() {
    ObjectNode spec =
        yaml(
            """
            template:
              containers: [{name: sidecar}, {name: main, args: [a, b]}]
            annotations: {"x.io/y": v}
            """);
    assertThat(FieldOrigins.indexPath(spec, "template.containers[name=main].args"))
        .contains("template.containers[1].args");
    assertThat(FieldOrigins.indexPath(spec, "annotations[\"x.io/y\"]"))
        .contains("annotations[\"x.io/y\"]");
    assertThat(FieldOrigins.indexPath(spec, "template.containers[name=nope].args")).isEmpty();
  }

  @Test
  void latencyProducerInAConfigMapIsAWarningNotAPreset() {
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: my-epp, namespace: team}
        data:
          epp: |
            plugins:
              - type: predicted-latency-producer
        """;
    Composition<ObjectNode> c =
        composer(source(TEMPLATE_PRESET, SCHEDULER_PRESET, configMap))
            .compose(
                yaml(
                    """
                    apiVersion: serving.kserve.io/v1alpha2
                    kind: LLMInferenceService
                    metadata: {name: llama, namespace: team}
                    spec:
                      model: {uri: "hf://org/llama"}
                      router:
                        scheduler:
                          config: {ref: {name: my-epp}}
                    """));
    assertThat(c.appliedConfigs())
        .extracting(AppliedConfigRef::name)
        .containsExactly("kserve-config-llm-scheduler", "kserve-config-llm-template");
    assertThat(c.warnings())
        .singleElement()
        .asString()
        .startsWith("LatencyPredictorConfigRef: scheduler config from ConfigMap team/my-epp uses");
    assertThat(c.origin("router.scheduler.config.inline").orElseThrow().step())
        .contains("scheduler-config-map");
  }

  private static List<JsonNode> snapshot(InMemoryConfigSource source) {
    List<JsonNode> out = new ArrayList<>();
    for (ConfigDocument d : source.configs()) {
      out.add(d.object().deepCopy());
    }
    return out;
  }
}
