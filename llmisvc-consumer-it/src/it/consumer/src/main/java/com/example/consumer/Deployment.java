package com.example.consumer;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.stream.Collectors;

/** What a user writes: builders in, validation, composition and rendering out. */
public final class Deployment {

  private Deployment() {}

  /** The service of the README's snippet, built with the builders. */
  public static LLMInferenceService service() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("qwen").withNamespace("llm"))
        .spec(
            s ->
                s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct"))
                    .addBaseRefs("gpu-profile")
                    .template(t -> t.addNewContainer().withName("main").endContainer())
                    .router(r -> r.route(x -> {}).gateway(x -> {}).scheduler(x -> {})))
        .build();
  }

  /** The config the service names in its baseRefs. */
  public static LLMInferenceServiceConfig profile() {
    return LLMInferenceServiceConfig.builder()
        .metadata(m -> m.withName("gpu-profile").withNamespace("llm"))
        .spec(s -> s.replicas(3))
        .build();
  }

  /** Validation messages of the service; empty when it is valid. */
  public static List<String> problems() {
    ValidationResult checked = LlmisvcValidator.validate(service());
    return checked.messages();
  }

  /** The effective service. */
  public static Composition<LLMInferenceService> compose() {
    Composer composer =
        Composer.builder()
            .configs(ConfigSource.inMemory(profile()))
            .settings(ControllerSettings.builder().enableTls(true).build())
            .build();
    return composer.compose(service());
  }

  /** The kinds of the objects KServe's controller would create, in creation order. */
  public static List<String> renderedKinds() {
    Rendering r = Renderer.render(compose(), RenderSettings.defaults());
    return r.objects().stream().map(HasMetadata::getKind).collect(Collectors.toList());
  }
}
