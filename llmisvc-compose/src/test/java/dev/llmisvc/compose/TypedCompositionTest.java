package dev.llmisvc.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.llmisvc.api.LlmisvcException;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.ConfigSource;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed front door: builder in, typed effective service out, for both API versions. */
class TypedCompositionTest {
  private static final LLMInferenceServiceConfig PROFILE =
      LLMInferenceServiceConfig.builder()
          .metadata(m -> m.withName("gpu-profile").withNamespace("team"))
          .spec(s -> s.replicas(2))
          .build();

  private static LLMInferenceService service(int replicas) {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("llama").withNamespace("team"))
        .spec(
            s ->
                s.model(m -> m.uri("hf://org/llama"))
                    .replicas(replicas)
                    .addBaseRefs("gpu-profile")
                    .template(t -> t.addNewContainer().withName("main").endContainer()))
        .build();
  }

  private static Composer composer() {
    return Composer.builder()
        .configs(dev.llmisvc.compose.source.ConfigSource.inMemory(PROFILE))
        .build();
  }

  @Test
  void typedV1alpha2ServiceComposesToATypedEffectiveServiceWithAppliedConfigs() {
    Composition<LLMInferenceService> c = composer().compose(service(3));

    LLMInferenceService effective = c.effective();
    assertThat(effective.spec().replicas()).hasValue(3);
    assertThat(effective.spec().template().orElseThrow().get().getContainers().get(0).getImage())
        .as("the preset's image reached the typed value")
        .isNotBlank();
    assertThat(effective.status().orElseThrow().appliedConfigs())
        .containsExactly(
            ref("kserve-config-llm-template", "kserve", ConfigSource.PRESET),
            ref("gpu-profile", "team", ConfigSource.USER_REF));
    assertThat(c.appliedConfigs()).isEqualTo(effective.status().orElseThrow().appliedConfigs());
    assertThat(c.hub()).isEqualTo(effective);
  }

  @Test
  void typedV1alpha1ServiceComesBackInV1alpha1() {
    dev.llmisvc.api.v1alpha1.LLMInferenceService v1 =
        dev.llmisvc.api.v1alpha1.LLMInferenceService.builder()
            .metadata(m -> m.withName("llama").withNamespace("team"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://org/llama"))
                        .replicas(4)
                        .template(t -> t.addNewContainer().withName("main").endContainer()))
            .build();

    Composition<dev.llmisvc.api.v1alpha1.LLMInferenceService> c =
        Composer.builder().build().compose(v1);

    dev.llmisvc.api.v1alpha1.LLMInferenceService effective = c.effective();
    assertThat(effective.apiVersion()).isEqualTo("serving.kserve.io/v1alpha1");
    assertThat(effective.spec().replicas()).hasValue(4);
    assertThat(c.appliedConfigs())
        .containsExactly(ref("kserve-config-llm-template", "kserve", ConfigSource.PRESET));
    assertThat(c.hub().apiVersion()).isEqualTo(LLMInferenceService.API_VERSION);
    assertThat(c.hub().spec().replicas()).hasValue(4);
  }

  @Test
  void typedAndTreeEntryPointsAgree() {
    LLMInferenceService svc = service(3);
    Composition<com.fasterxml.jackson.databind.node.ObjectNode> tree =
        composer()
            .compose((com.fasterxml.jackson.databind.node.ObjectNode) LlmisvcMapper.toTree(svc));
    assertThat(LlmisvcMapper.toTree(composer().compose(svc).effective()))
        .isEqualTo(tree.effective());
  }

  @Test
  void aFailedCompositionThrowsATypedExceptionWithKServesReason() {
    LLMInferenceService svc =
        service(1).toBuilder()
            .spec(service(1).spec().toBuilder().addBaseRefs("nowhere").build())
            .build();
    Composition<LLMInferenceService> c = composer().compose(svc);

    assertThat(c.succeeded()).isFalse();
    assertThat(c.missingConfigs()).containsExactly("nowhere");
    assertThatThrownBy(c::effective)
        .isInstanceOf(CompositionFailedException.class)
        .isInstanceOf(LlmisvcException.class)
        .satisfies(
            e -> {
              CompositionFailedException f = (CompositionFailedException) e;
              assertThat(f.reason()).isEqualTo("ConfigNotFound");
              assertThat(f.service()).isEqualTo("llama");
              assertThat(f.missingConfigs()).containsExactly("nowhere");
            });
  }

  @Test
  void aConfigTreeIsNotComposedAsIfItWereAService() {
    assertThatThrownBy(
            () ->
                composer()
                    .compose(
                        (com.fasterxml.jackson.databind.node.ObjectNode)
                            LlmisvcMapper.toTree(PROFILE)))
        .isInstanceOfSatisfying(
            ServiceInputException.class, e -> assertThat(e.path()).isEqualTo("kind"))
        .hasMessage(
            "kind: only an LLMInferenceService can be composed, not kind LLMInferenceServiceConfig");
  }

  @Test
  void aTreeKServesGoTypesCannotReadIsRefusedBeforeAnyWork() {
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) LlmisvcMapper.toTree(service(3));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("spec"))
        .put("replicas", 2147483648L);
    assertThatThrownBy(() -> composer().compose(tree))
        .isInstanceOfSatisfying(
            ServiceInputException.class, e -> assertThat(e.path()).isEqualTo("spec.replicas"))
        .hasMessageStartingWith("spec.replicas: ");
  }

  @Test
  void explainNamesTheLayersAValueOverrode() {
    Composition<LLMInferenceService> c = composer().compose(service(3));

    List<FieldExplanation> replicas = c.explain(FieldPath.parse("replicas"));

    assertThat(replicas)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.value()).isEqualTo(IntNode.valueOf(3));
              assertThat(e.origin().flatMap(FieldOrigin::layer))
                  .hasValue(LayerId.service("team", "llama"));
              assertThat(e.overrides())
                  .extracting(FieldExplanation.Override::layer)
                  .contains(new LayerId(LayerId.Kind.UserRef, "team", "gpu-profile"));
            });
    assertThat(c.layers())
        .containsExactly(
            LayerId.parse("Preset:kserve/kserve-config-llm-template"),
            LayerId.parse("UserRef:team/gpu-profile"),
            LayerId.service("team", "llama"));
    assertThat(c.explain(FieldPath.root())).hasSizeGreaterThan(5);
  }

  @Test
  void settingsReachTheTemplates() {
    LLMInferenceService svc =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("llama").withNamespace("team"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://org/llama"))
                        .router(r -> r.route(x -> {}).gateway(x -> {})))
            .build();
    ControllerSettings custom =
        ControllerSettings.builder()
            .ingressGatewayName("edge")
            .ingressGatewayNamespace("gateways")
            .build();

    LLMInferenceService effective =
        Composer.builder().settings(custom).build().compose(svc).effective();

    String route = LlmisvcMapper.writeJson(effective.spec().router().orElseThrow());
    assertThat(route).contains("\"name\":\"edge\"").contains("\"namespace\":\"gateways\"");
  }

  private static AppliedConfigRef ref(String name, String namespace, ConfigSource source) {
    return AppliedConfigRef.builder().name(name).namespace(namespace).source(source).build();
  }
}
