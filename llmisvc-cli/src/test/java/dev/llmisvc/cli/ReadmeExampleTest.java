package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

/** The Java snippet of README.md, kept compiling and true: typed from builder to effective spec. */
class ReadmeExampleTest {

  @Test
  void theReadmeSnippetBuildsValidatesAndComposes() {
    LLMInferenceService svc =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct"))
                        .addBaseRefs("gpu-profile")
                        .template(t -> t.addNewContainer().withName("main").endContainer())
                        .router(r -> r.route(x -> {}).gateway(x -> {}).scheduler(x -> {})))
            .build();
    LLMInferenceServiceConfig profile =
        LLMInferenceServiceConfig.builder()
            .metadata(m -> m.withName("gpu-profile").withNamespace("llm"))
            .spec(s -> s.replicas(3))
            .build();

    ValidationResult checked = LlmisvcValidator.validate(svc);
    assertThat(checked.valid()).as(checked.messages().toString()).isTrue();

    Composer composer =
        Composer.builder()
            .configs(ConfigSource.inMemory(profile))
            .settings(ControllerSettings.builder().enableTls(true).build())
            .build();
    Composition<LLMInferenceService> c = composer.compose(svc);
    LLMInferenceService effective = c.effective();

    assertThat(effective.spec().replicas()).hasValue(3);
    assertThat(effective.status().orElseThrow().appliedConfigs())
        .extracting(AppliedConfigRef::name)
        .containsExactly(
            "kserve-config-llm-scheduler",
            "kserve-config-llm-router-route",
            "kserve-config-llm-template",
            "gpu-profile");
    assertThat(c.origin(FieldPath.parse("template.containers[name=main].image")))
        .flatMap(FieldOrigin::layer)
        .hasValue(LayerId.parse("Preset:kserve/kserve-config-llm-template"));
    assertThat(c.explain(FieldPath.parse("replicas")))
        .singleElement()
        .satisfies(e -> assertThat(e.value().asInt()).isEqualTo(3));
    assertThat(c.origin(FieldPath.parse("replicas")))
        .flatMap(FieldOrigin::layer)
        .hasValue(new LayerId(LayerId.Kind.UserRef, "llm", "gpu-profile"));

    Rendering r = Renderer.render(c, RenderSettings.defaults());
    assertThat(r.objects()).extracting(HasMetadata::getKind).contains("Deployment", "HTTPRoute");
    assertThat(r.required()).extracting(RequiredObject::kind).containsExactly("Secret", "Gateway");
  }
}
