package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;

/**
 * The one place the router tests turn a service YAML into the effective service: composed with the
 * built-in presets and the same controller settings the renderer gets, as KServe's controller does
 * before it renders.
 */
final class EffectiveServices {
  private EffectiveServices() {}

  static LLMInferenceService compose(String serviceYaml, ControllerSettings settings) {
    LLMInferenceService service = LlmisvcMapper.read(serviceYaml, LLMInferenceService.class);
    Composition<LLMInferenceService> c =
        Composer.builder().settings(settings).build().compose(service);
    if (!c.condition().succeeded()) {
      throw new IllegalStateException(
          "composition failed: " + c.condition().reason() + ": " + c.condition().message());
    }
    return c.effective();
  }
}
