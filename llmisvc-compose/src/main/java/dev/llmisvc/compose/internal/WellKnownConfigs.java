package dev.llmisvc.compose.internal;

import dev.llmisvc.api.validation.WebhookEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of KServe's well-known presets and the environment that shapes them.
 *
 * <p>A preset's object name is {@code prefix + suffix}, e.g. {@code kserve-config-llm-template}.
 * {@link #PINNED_SUFFIXES} are the eleven names KServe pins into a service's {@code
 * status.annotations} ({@code WellKnownDefaultConfigs}); {@link #PIPELINE_PARALLEL_SUFFIXES} are
 * injected by the decision table but neither pinned nor shipped.
 */
public final class WellKnownConfigs {
  /** Prefix when {@code LLM_INFERENCE_SERVICE_CONFIG_PREFIX} is not set. */
  public static final String DEFAULT_PREFIX = WebhookEnvironment.DEFAULT_PREFIX;

  /** System namespace when {@code POD_NAMESPACE} is not set. */
  public static final String DEFAULT_SYSTEM_NAMESPACE = WebhookEnvironment.DEFAULT_SYSTEM_NAMESPACE;

  /** Key prefix of the pin annotations in {@code status.annotations}. */
  public static final String PIN_ANNOTATION_PREFIX = "serving.kserve.io/";

  public static final String TEMPLATE = "config-llm-template";
  public static final String DECODE_TEMPLATE = "config-llm-decode-template";
  public static final String PREFILL_TEMPLATE = "config-llm-prefill-template";
  public static final String WORKER_DATA_PARALLEL = "config-llm-worker-data-parallel";
  public static final String DECODE_WORKER_DATA_PARALLEL = "config-llm-decode-worker-data-parallel";
  public static final String PREFILL_WORKER_DATA_PARALLEL =
      "config-llm-prefill-worker-data-parallel";
  public static final String WORKER_PIPELINE_PARALLEL = "config-llm-worker-pipeline-parallel";
  public static final String DECODE_WORKER_PIPELINE_PARALLEL =
      "config-llm-decode-worker-pipeline-parallel";
  public static final String PREFILL_WORKER_PIPELINE_PARALLEL =
      "config-llm-prefill-worker-pipeline-parallel";
  public static final String SCHEDULER = "config-llm-scheduler";
  public static final String ROUTER_ROUTE = "config-llm-router-route";
  public static final String SCHEDULER_LATENCY_PREDICTOR = "config-llm-scheduler-latency-predictor";
  public static final String TOKENIZER = "config-llm-tokenizer";
  public static final String TRACING = "config-llm-tracing";

  /**
   * The eleven suffixes KServe pins and ships: the webhook's well-known list, so the validator and
   * the composer cannot disagree on it.
   */
  public static final List<String> PINNED_SUFFIXES = WebhookEnvironment.WELL_KNOWN_SUFFIXES;

  /** Injected for pipeline parallelism, never pinned, not shipped at KServe aaac4e2. */
  public static final List<String> PIPELINE_PARALLEL_SUFFIXES =
      List.of(
          WORKER_PIPELINE_PARALLEL,
          DECODE_WORKER_PIPELINE_PARALLEL,
          PREFILL_WORKER_PIPELINE_PARALLEL);

  private WellKnownConfigs() {}

  /** The pin annotation key of a suffix, e.g. {@code serving.kserve.io/config-llm-template}. */
  public static String pinAnnotation(String suffix) {
    return PIN_ANNOTATION_PREFIX + suffix;
  }

  /**
   * The system namespace from {@code POD_NAMESPACE}, {@code kserve} when unset or empty.
   *
   * @param environment e.g. {@code System.getenv()}
   */
  public static String systemNamespace(Map<String, String> environment) {
    return Optional.ofNullable(environment.get("POD_NAMESPACE"))
        .filter(s -> !s.isEmpty())
        .orElse(DEFAULT_SYSTEM_NAMESPACE);
  }
}
