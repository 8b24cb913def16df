package dev.llmisvc.render;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one place tests turn a service YAML into an effective service: through the composer and its
 * built-in presets, as a user would, typed from end to end.
 */
public final class EffectiveServices {
  private EffectiveServices() {}

  /** Composes {@code yaml} (a v1alpha2 LLMInferenceService) into its effective service. */
  public static LLMInferenceService compose(String yaml) {
    return compose(yaml, ControllerSettings.defaults());
  }

  /** Composes {@code yaml} with the controller settings the renderer will get too. */
  public static LLMInferenceService compose(String yaml, ControllerSettings settings) {
    LLMInferenceService service = LlmisvcMapper.read(yaml, LLMInferenceService.class);
    Composition<LLMInferenceService> c =
        Composer.builder().settings(settings).build().compose(service);
    if (!c.condition().succeeded()) {
      throw new IllegalStateException(
          "composition failed: " + c.condition().reason() + ": " + c.condition().message());
    }
    return c.effective();
  }

  /** Reads a v1alpha2 service that is already effective (no composition). */
  public static LLMInferenceService effective(String yaml) {
    return LlmisvcMapper.read(yaml, LLMInferenceService.class);
  }

  /** A classpath resource as text. */
  public static String resource(String path) {
    try (InputStream in = EffectiveServices.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
