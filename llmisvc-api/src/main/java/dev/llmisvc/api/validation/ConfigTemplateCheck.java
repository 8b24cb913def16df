package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The last check of KServe's config webhook (docs §4.3, {@code ConfigValidationFunc}): render the
 * config as a Go template over a fixed sample {@code LLMInferenceService} with {@code
 * missingkey=error}, and reject it when rendering fails. The template engine lives in {@code
 * llmisvc-compose}, so this module only defines the hook; plug an implementation in with {@link
 * LlmisvcValidator#forConfig(ConfigTemplateCheck)}.
 *
 * <p>It runs only when the config has no field errors, and always receives a v1alpha2 tree
 * (v1alpha1 configs are converted first, as KServe does).
 */
@FunctionalInterface
public interface ConfigTemplateCheck {
  /** A check that accepts every config (the default until a template engine is plugged in). */
  ConfigTemplateCheck NONE = config -> List.of();

  /**
   * The template errors of a config, each as KServe's plain error message; empty when it renders.
   *
   * @param v1alpha2Config the whole config resource in v1alpha2
   */
  List<String> check(ObjectNode v1alpha2Config);
}
