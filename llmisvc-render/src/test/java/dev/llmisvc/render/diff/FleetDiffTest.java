package dev.llmisvc.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FleetDiffTest {
  static final String SERVICE =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceService
      metadata:
        name: qwen
        namespace: llm
      spec:
        model:
          uri: hf://Qwen/Qwen2.5-7B-Instruct
        replicas: 2
        template:
          containers:
            - name: main
        router:
          route: {}
          gateway: {}
          scheduler: {}
      """;

  static final String WITH_PROFILE =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceService
      metadata:
        name: llama
        namespace: llm
      spec:
        model:
          uri: hf://meta-llama/Llama-3.1-8B
        baseRefs:
          - name: team-profile
        template:
          containers:
            - name: main
      """;

  static final String PROFILE =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceServiceConfig
      metadata:
        name: team-profile
        namespace: llm
      spec:
        replicas: 4
      """;

  static LLMInferenceService service(String yaml) {
    return LlmisvcMapper.read(yaml, LLMInferenceService.class);
  }

  /** The built-in preset {@code name}, edited, as a user config overriding it in kserve. */
  static ConfigSource patchedPreset(String name, Consumer<ObjectNode> edit) {
    ObjectNode preset = PresetCatalog.builtin("kserve").preset(name).orElseThrow();
    edit.accept(preset);
    return InMemoryConfigSource.builder("kserve").add(preset, "test").build();
  }

  static DiffSetup setup(ConfigSource configs) {
    return DiffSetup.of(Composer.builder().configs(configs).build());
  }

  static final DiffSetup BUILTIN = setup(ConfigSource.empty());

  @Test
  void anImageChangeInAPresetRestartsPodsAndNamesThePreset() {
    DiffSetup after =
        setup(
            patchedPreset(
                "kserve-config-llm-template",
                p ->
                    ((ObjectNode) p.at("/spec/template/containers/0"))
                        .put("image", "ghcr.io/llm-d/llm-d-cuda:v0.10.0")));
    ServiceDiff d = FleetDiff.between(BUILTIN, after).diff(service(SERVICE));

    assertThat(d.namespace()).isEqualTo("llm");
    assertThat(d.name()).isEqualTo("qwen");
    assertThat(d.impact()).isEqualTo(Impact.RESTARTS_PODS);
    assertThat(d.errors()).isEmpty();
    ObjectChange deployment =
        d.objects().stream()
            .filter(
                o -> o.ref().kind().equals("Deployment") && o.ref().name().equals("qwen-kserve"))
            .findFirst()
            .orElseThrow();
    assertThat(deployment.type()).isEqualTo(ObjectChange.Type.CHANGED);
    assertThat(deployment.fields())
        .anySatisfy(
            f -> {
              assertThat(f.path()).isEqualTo("spec.template.spec.containers[name=main].image");
              assertThat(f.before().orElseThrow().asText())
                  .isEqualTo("ghcr.io/llm-d/llm-d-cuda:v0.9.0");
              assertThat(f.after().orElseThrow().asText())
                  .isEqualTo("ghcr.io/llm-d/llm-d-cuda:v0.10.0");
            });
    assertThat(deployment.unifiedDiff())
        .startsWith("--- before/Deployment/llm/qwen-kserve\n+++ after/Deployment/llm/qwen-kserve\n")
        .contains("\n-          image: ghcr.io/llm-d/llm-d-cuda:v0.9.0\n")
        .contains("\n+          image: ghcr.io/llm-d/llm-d-cuda:v0.10.0\n");
    SpecChange image =
        d.specChanges().stream()
            .filter(c -> c.path().toString().equals("template.containers[name=main].image"))
            .findFirst()
            .orElseThrow();
    assertThat(image.cause().flatMap(FieldOrigin::layer))
        .contains(new LayerId(LayerId.Kind.Preset, "kserve", "kserve-config-llm-template"));
  }

  @Test
  void aRouteTimeoutChangeIsRoutingOnly() {
    DiffSetup after =
        setup(
            patchedPreset(
                "kserve-config-llm-router-route",
                p ->
                    ((ObjectNode) p.at("/spec/router/route/http/spec/rules/0/timeouts"))
                        .put("request", "30s")));
    ServiceDiff d = FleetDiff.between(BUILTIN, after).diff(service(SERVICE));

    assertThat(d.impact()).isEqualTo(Impact.ROUTING_ONLY);
    assertThat(d.objects()).extracting(o -> o.ref().kind()).containsExactly("HTTPRoute");
    assertThat(d.objects().get(0).fields())
        .extracting(FieldChange::path)
        .containsExactly("spec.rules[name=v1-completions-path].timeouts.request");
    assertThat(d.specChanges())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.cause().flatMap(FieldOrigin::layer).orElseThrow().name())
                    .isEqualTo("kserve-config-llm-router-route"));
  }

  @Test
  void identicalSetupsLeaveEveryServiceUnchanged() {
    FleetDiff diff = FleetDiff.between(BUILTIN, setup(ConfigSource.empty()));
    List<ServiceDiff> seen = new ArrayList<>();
    FleetSummary summary = diff.diffAll(List.of(service(SERVICE), service(SERVICE)), seen::add);

    assertThat(seen)
        .allSatisfy(
            d -> {
              assertThat(d.impact()).isEqualTo(Impact.UNCHANGED);
              assertThat(d.changed()).isFalse();
              assertThat(d.objects()).isEmpty();
              assertThat(d.specChanges()).isEmpty();
            });
    assertThat(summary).isEqualTo(new FleetSummary(2, 0, 0, 0, 2, 0));
    assertThat(summary.anyChanged()).isFalse();
  }

  @Test
  void aServiceFailingInTheAfterSetupIsReportedAndTheOthersStillDiff() {
    ConfigSource profile = InMemoryConfigSource.builder("llm").add(read(PROFILE), "test").build();
    FleetDiff diff = FleetDiff.between(setup(profile), BUILTIN);
    List<ServiceDiff> seen = new ArrayList<>();
    FleetSummary summary =
        diff.diffAll(List.of(service(WITH_PROFILE), service(SERVICE)), seen::add);

    ServiceDiff failed = seen.get(0);
    assertThat(failed.name()).isEqualTo("llama");
    assertThat(failed.impact()).isEqualTo(Impact.FAILED);
    assertThat(failed.changed()).isTrue();
    assertThat(failed.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.side()).isEqualTo(DiffError.Side.AFTER);
              assertThat(e.message()).contains("team-profile");
            });
    assertThat(seen.get(1).impact()).isEqualTo(Impact.UNCHANGED);
    assertThat(summary).isEqualTo(new FleetSummary(2, 0, 0, 0, 1, 1));
  }

  @Test
  void aReplicaChangeAloneNeitherRestartsPodsNorIsRouting() {
    ConfigSource two = InMemoryConfigSource.builder("llm").add(read(PROFILE), "test").build();
    ObjectNode five = read(PROFILE);
    ((ObjectNode) five.get("spec")).put("replicas", 5);
    ConfigSource fiveReplicas = InMemoryConfigSource.builder("llm").add(five, "test").build();
    ServiceDiff d = FleetDiff.between(setup(two), setup(fiveReplicas)).diff(service(WITH_PROFILE));

    assertThat(d.impact()).isEqualTo(Impact.OTHER_CHANGES);
    assertThat(d.objects())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.fields())
                    .extracting(FieldChange::path)
                    .containsExactly("spec.replicas"));
    assertThat(d.specChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path().toString()).isEqualTo("replicas");
              assertThat(c.before().orElseThrow().asInt()).isEqualTo(4);
              assertThat(c.after().orElseThrow().asInt()).isEqualTo(5);
              assertThat(c.cause().flatMap(FieldOrigin::layer))
                  .contains(new LayerId(LayerId.Kind.UserRef, "llm", "team-profile"));
            });
  }

  @Test
  void addingTheRouterToOneServiceIsRoutingOnly() {
    // the model server's Deployment renders the same with or without the managed router: what is
    // added (scheduler Deployment, its RBAC, pool, route) belongs to routing, so no pod restarts
    LLMInferenceService withoutRouter =
        service(
            SERVICE.replace("  router:\n    route: {}\n    gateway: {}\n    scheduler: {}\n", ""));
    ServiceDiff d = FleetDiff.between(BUILTIN, BUILTIN).diff(withoutRouter, service(SERVICE));

    assertThat(d.impact()).isEqualTo(Impact.ROUTING_ONLY);
    assertThat(d.objects()).extracting(ObjectChange::type).containsOnly(ObjectChange.Type.ADDED);
    assertThat(d.objects())
        .filteredOn(o -> o.ref().kind().equals("Deployment"))
        .singleElement()
        .satisfies(o -> assertThat(o.ref().name()).contains("scheduler"));
    assertThat(d.objects())
        .filteredOn(o -> o.ref().kind().equals("HTTPRoute"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.type()).isEqualTo(ObjectChange.Type.ADDED);
              assertThat(o.unifiedDiff()).startsWith("--- /dev/null\n+++ after/HTTPRoute/llm/");
            });
  }

  static ObjectNode read(String yaml) {
    return (ObjectNode) LlmisvcMapper.readTree(yaml);
  }
}
