package dev.llmisvc.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * built-in presets, as a user would. (The composer's API is being reshaped; only this class knows
 * it.)
 */
public final class EffectiveServices {
  private EffectiveServices() {}

  /** Composes {@code yaml} (a v1alpha2 LLMInferenceService) into its effective service. */
  public static LLMInferenceService compose(String yaml) {
    try {
      Composition c =
          Composer.builder().build().compose((ObjectNode) LlmisvcMapper.yaml().readTree(yaml));
      return LlmisvcMapper.fromTree(c.toResource(), LLMInferenceService.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
