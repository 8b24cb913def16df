package dev.llmisvc.api.validation;

import java.util.List;

/**
 * The KServe controller settings the config webhook reads from its environment.
 *
 * @param systemNamespace the KServe namespace ({@code POD_NAMESPACE}, default {@code kserve})
 * @param configPrefix the well-known config name prefix ({@code
 *     LLM_INFERENCE_SERVICE_CONFIG_PREFIX}, default {@code kserve-})
 * @param preventWellKnownConfigDeletion {@code PREVENT_WELL_KNOWN_CONFIG_DELETION}, default true
 */
public record WebhookEnvironment(
    String systemNamespace, String configPrefix, boolean preventWellKnownConfigDeletion) {

  /** The KServe namespace when {@code POD_NAMESPACE} is not set. */
  public static final String DEFAULT_SYSTEM_NAMESPACE = "kserve";

  /** The config name prefix when {@code LLM_INFERENCE_SERVICE_CONFIG_PREFIX} is not set. */
  public static final String DEFAULT_PREFIX = "kserve-";

  /**
   * The 11 well-known config names without the prefix ({@code WellKnownDefaultConfigs}): the ones
   * KServe pins into a service's {@code status.annotations} and protects from deletion. The
   * composer's preset resolution reads the same list.
   */
  public static final List<String> WELL_KNOWN_SUFFIXES =
      List.of(
          "config-llm-template",
          "config-llm-decode-template",
          "config-llm-worker-data-parallel",
          "config-llm-decode-worker-data-parallel",
          "config-llm-prefill-template",
          "config-llm-prefill-worker-data-parallel",
          "config-llm-scheduler",
          "config-llm-router-route",
          "config-llm-scheduler-latency-predictor",
          "config-llm-tokenizer",
          "config-llm-tracing");

  /** KServe's defaults: namespace {@code kserve}, prefix {@code kserve-}, deletion prevented. */
  public static WebhookEnvironment defaults() {
    return new WebhookEnvironment(DEFAULT_SYSTEM_NAMESPACE, DEFAULT_PREFIX, true);
  }

  /** True when {@code name} is one of the well-known config names under this prefix. */
  public boolean isWellKnown(String name) {
    return name.startsWith(configPrefix)
        && WELL_KNOWN_SUFFIXES.contains(name.substring(configPrefix.length()));
  }
}
