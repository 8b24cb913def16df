package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.ComposeOptions;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.template.GlobalConfig;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place the router tests turn a service YAML into the effective service: composed with the
 * built-in presets and the global config the settings imply, as KServe's controller does before it
 * renders. (The composer's API is being reshaped; only this class should need to follow.)
 */
final class EffectiveServices {
  private EffectiveServices() {}

  static LLMInferenceService compose(String serviceYaml, ControllerSettings settings) {
    try {
      ObjectNode service = (ObjectNode) LlmisvcMapper.yaml().readTree(serviceYaml);
      ComposeOptions options =
          ComposeOptions.defaults()
              .withSystemNamespace(settings.systemNamespace())
              .withGlobalConfig(
                  new GlobalConfig(
                      settings.systemNamespace(),
                      settings.ingressGatewayName(),
                      settings.ingressGatewayNamespace(),
                      settings.enableTls(),
                      settings.modelBasedRoutingHeaderName()));
      Composition c = Composer.builder().options(options).build().compose(service);
      if (!c.condition().succeeded()) {
        throw new IllegalStateException(
            "composition failed: " + c.condition().reason() + ": " + c.condition().message());
      }
      return LlmisvcMapper.fromTree(c.toResource(), LLMInferenceService.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
