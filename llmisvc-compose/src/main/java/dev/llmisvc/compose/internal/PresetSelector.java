package dev.llmisvc.compose.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * KServe's preset injection table: which well-known presets a service gets, decided on its shape
 * spec (the service spec with its baseRefs merged over it).
 *
 * <p>The result lists preset suffixes in merge order (lowest precedence first): scheduler,
 * tokenizer, latency predictor, route, tracing, then the workload preset(s), prefill before decode.
 * The service's own baseRefs follow them in the final merge but are not part of this list. A worker
 * with neither data nor pipeline parallelism gets no workload preset at all.
 *
 * <pre>{@code
 * PresetSelector.select(shape)   // e.g. [config-llm-scheduler, config-llm-router-route,
 *                                //       config-llm-template]
 * }</pre>
 */
public final class PresetSelector {
  /** Plugin types that make the scheduler want the standalone tokenizer. */
  public static final Set<String> TOKENIZER_PLUGINS =
      Set.of("token-producer", "precise-prefix-cache-scorer");

  /** Plugin type that brings in the latency predictor sidecars. */
  public static final String LATENCY_PRODUCER_PLUGIN = "predicted-latency-producer";

  private static final Set<String> CONFIG_TEXT_FLAGS =
      Set.of("--config-text", "-config-text", "--configText", "-configText");
  private static final Set<String> CONFIG_FILE_FLAGS =
      Set.of("--config-file", "-config-file", "--configFile", "-configFile");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PresetSelector() {}

  /**
   * The preset suffixes the shape spec calls for, in merge order.
   *
   * @param shape the {@code spec} of the shape (v1alpha2), not the whole object
   */
  public static List<String> select(JsonNode shape) {
    List<String> suffixes = new ArrayList<>();
    boolean router = TreePaths.present(shape, "router");
    Optional<JsonNode> scheduler = TreePaths.at(shape, "router", "scheduler");
    boolean withScheduler = router && scheduler.isPresent();
    if (withScheduler && !hasPoolRef(scheduler.get())) {
      suffixes.add(WellKnownConfigs.SCHEDULER);
    }
    if (withScheduler && tokenizerEnabled(scheduler.get())) {
      suffixes.add(WellKnownConfigs.TOKENIZER);
    }
    if (scheduler.isPresent() && latencyProducer(scheduler.get())) {
      suffixes.add(WellKnownConfigs.SCHEDULER_LATENCY_PREDICTOR);
    }
    if (router
        && TreePaths.present(shape, "router", "route")
        && TreePaths.array(shape, "router", "route", "http", "refs")
            .map(ArrayNode::isEmpty)
            .orElse(true)) {
      suffixes.add(WellKnownConfigs.ROUTER_ROUTE);
    }
    if (TreePaths.present(shape, "tracing")) {
      suffixes.add(WellKnownConfigs.TRACING);
    }
    suffixes.addAll(workload(shape));
    return List.copyOf(suffixes);
  }

  /** The workload rows of the table: prefill then decode for P/D, else the single block. */
  static List<String> workload(JsonNode shape) {
    List<String> suffixes = new ArrayList<>();
    Optional<JsonNode> prefill = TreePaths.at(shape, "prefill");
    if (prefill.isPresent()) {
      pick(
              prefill.get(),
              WellKnownConfigs.PREFILL_TEMPLATE,
              WellKnownConfigs.PREFILL_WORKER_DATA_PARALLEL,
              WellKnownConfigs.PREFILL_WORKER_PIPELINE_PARALLEL)
          .ifPresent(suffixes::add);
      pick(
              shape,
              WellKnownConfigs.DECODE_TEMPLATE,
              WellKnownConfigs.DECODE_WORKER_DATA_PARALLEL,
              WellKnownConfigs.DECODE_WORKER_PIPELINE_PARALLEL)
          .ifPresent(suffixes::add);
    } else {
      pick(
              shape,
              WellKnownConfigs.TEMPLATE,
              WellKnownConfigs.WORKER_DATA_PARALLEL,
              WellKnownConfigs.WORKER_PIPELINE_PARALLEL)
          .ifPresent(suffixes::add);
    }
    return suffixes;
  }

  private static Optional<String> pick(
      JsonNode workload, String single, String dataParallel, String pipelineParallel) {
    if (!TreePaths.present(workload, "worker")) {
      return Optional.of(single);
    }
    // Data parallelism is tested first, so data + pipeline picks data parallel.
    if (TreePaths.number(workload, "parallelism", "data") > 0
        || TreePaths.number(workload, "parallelism", "dataLocal") > 0) {
      return Optional.of(dataParallel);
    }
    if (TreePaths.number(workload, "parallelism", "pipeline") > 0) {
      return Optional.of(pipelineParallel);
    }
    return Optional.empty();
  }

  /** A pool ref counts only with a non-empty name. */
  static boolean hasPoolRef(JsonNode scheduler) {
    return !TreePaths.textOrEmpty(scheduler, "pool", "ref", "name").isEmpty();
  }

  /**
   * Whether the standalone tokenizer is wanted: {@code scheduler.tokenizer} is set, or the
   * scheduler config has a {@code token-producer} or {@code precise-prefix-cache-scorer} plugin.
   */
  public static boolean tokenizerEnabled(JsonNode scheduler) {
    if (TreePaths.present(scheduler, "tokenizer")) {
      return true;
    }
    return TOKENIZER_PLUGINS.stream().anyMatch(type -> hasPlugin(scheduler, type));
  }

  /** Whether the scheduler config has a {@code predicted-latency-producer} plugin. */
  public static boolean latencyProducer(JsonNode scheduler) {
    return hasPlugin(scheduler, LATENCY_PRODUCER_PLUGIN);
  }

  /**
   * Whether the scheduler config found by {@link #schedulerConfig} has a plugin of {@code type}. A
   * config that does not parse, or whose {@code plugins} is not a list, has none; entries of the
   * list that are not maps are skipped.
   */
  public static boolean hasPlugin(JsonNode scheduler, String type) {
    Optional<JsonNode> config = schedulerConfig(scheduler);
    if (config.isEmpty()) {
      return false;
    }
    return pluginTypes(config.get()).map(types -> types.contains(type)).orElse(false);
  }

  private static Optional<List<String>> pluginTypes(JsonNode config) {
    if (!config.isObject()) {
      return Optional.empty();
    }
    JsonNode plugins = config.get("plugins");
    if (plugins == null || plugins.isNull()) {
      return Optional.of(List.of());
    }
    if (!plugins.isArray()) {
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    for (JsonNode plugin : plugins) {
      if (!plugin.isObject()) {
        continue; // KServe's hasPluginType skips entries that are not maps
      }
      JsonNode type = plugin.get("type");
      if (type != null && type.isTextual()) {
        types.add(type.asText());
      }
    }
    return Optional.of(types);
  }

  /**
   * The scheduler (EPP) config as KServe finds it for these decisions ({@code
   * inlineSchedulerConfigBytes}): {@code config.inline} when set (an object, or YAML/JSON text);
   * otherwise the YAML after the first {@code --config-text}-style flag in the args of the first
   * {@code main} container of {@code scheduler.template}. A {@code --config-file}-style flag, a
   * ConfigMap {@code config.ref}, or text that does not parse give nothing.
   */
  public static Optional<JsonNode> schedulerConfig(JsonNode scheduler) {
    Optional<JsonNode> inline = TreePaths.at(scheduler, "config", "inline");
    if (inline.isPresent()) {
      return inline.get().isTextual() ? parse(inline.get().asText()) : inline;
    }
    Optional<ArrayNode> containers = TreePaths.array(scheduler, "template", "containers");
    if (containers.isEmpty()) {
      return Optional.empty();
    }
    for (JsonNode container : containers.get()) {
      if (!"main".equals(TreePaths.textOrEmpty(container, "name"))) {
        continue;
      }
      return configTextArg(container).flatMap(PresetSelector::parse);
    }
    return Optional.empty();
  }

  private static Optional<String> configTextArg(JsonNode container) {
    Optional<ArrayNode> args = TreePaths.array(container, "args");
    if (args.isEmpty()) {
      return Optional.empty();
    }
    ArrayNode list = args.get();
    for (int i = 0; i + 1 < list.size(); i++) {
      String arg = list.get(i).asText();
      if (CONFIG_TEXT_FLAGS.contains(arg)) {
        return Optional.of(list.get(i + 1).asText());
      }
      if (CONFIG_FILE_FLAGS.contains(arg)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = YAML.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
