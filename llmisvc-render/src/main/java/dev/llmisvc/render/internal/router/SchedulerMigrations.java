package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The version-gated rewrites of the scheduler config (§4.13, KServe's {@code schedulerTransform}),
 * keyed on the pod template's {@code app.kubernetes.io/version} annotation (absent reads as 0.0.0,
 * which skips everything). From 0.7.0 on, a {@code --config-text} value that parses as a YAML
 * mapping with a {@code kind} is rewritten and printed again by {@link GoYaml}:
 *
 * <ul>
 *   <li>≥0.7: {@code prefill-header-handler} → {@code disagg-headers-handler}; {@code
 *       pd-profile-handler} → {@code disagg-profile-handler} with {@code deciderPluginName}/{@code
 *       threshold} turned into a {@code deciders} map; {@code hashBlockSize} dropped;
 *   <li>≥0.8: {@code model-server-protocol-metrics} → {@code core-metrics-extractor};
 *   <li>≥0.9: {@code prefix-cache-scorer} keeps only {@code prefixMatchInfoProducerName}; a {@code
 *       tokenizer} container goes when no {@code precise-prefix-cache-scorer} remains; apiVersion
 *       {@code inference.networking.x-k8s.io/v1alpha1} → {@code llm-d.ai/v1alpha1}; with the
 *       tokenizer enabled, {@code token-producer} gets {@code modelName} and {@code vllm.url};
 *   <li>≥0.10: {@code --model-server-metrics-*} flags leave command and args of every container;
 *       scheme, path and insecureSkipVerify move into a {@code metrics-data-source} plugin.
 * </ul>
 *
 * <p>Also from 0.7.0, with a writable config: the five metric flags GIE 1.4 rejects leave the args
 * of every container and come back as a {@code model-server-protocol-metrics} plugin (renamed by
 * the 0.8 step). From 0.9.0 with the tokenizer enabled, {@code precise-prefix-cache-scorer} is
 * decomposed into {@code token-producer}, {@code precise-prefix-cache-producer} and {@code
 * prefix-cache-scorer}.
 */
final class SchedulerMigrations {
  static final String VERSION_ANNOTATION = "app.kubernetes.io/version";

  private static final Set<String> DEPRECATED_METRIC_FLAGS =
      Set.of(
          "total-queued-requests-metric",
          "total-running-requests-metric",
          "kv-cache-usage-percentage-metric",
          "lora-info-metric",
          "cache-info-metric");

  private static final String METRICS_SCHEME = "model-server-metrics-scheme";
  private static final String METRICS_PATH = "model-server-metrics-path";
  private static final String METRICS_PORT = "model-server-metrics-port";
  private static final String METRICS_INSECURE = "model-server-metrics-https-insecure-skip-verify";
  private static final Set<String> MODEL_SERVER_METRIC_FLAGS =
      Set.of(METRICS_SCHEME, METRICS_PATH, METRICS_PORT, METRICS_INSECURE);

  private SchedulerMigrations() {}

  /**
   * Applies the migrations to the scheduler pod spec in place.
   *
   * @param annotations the pod template's annotations
   * @param pod the scheduler pod spec, already carrying its config argument
   */
  static void apply(RouterContext context, Map<String, String> annotations, PodSpec pod) {
    String text = annotations.getOrDefault(VERSION_ANNOTATION, "");
    SchedulerVersion v;
    try {
      v = SchedulerVersion.parse(text.isEmpty() ? "0.0.0" : text);
    } catch (IllegalArgumentException e) {
      throw new RouterRenderException(
          context.ref(),
          "spec.router.scheduler.annotations[" + VERSION_ANNOTATION + "]",
          "failed to parse version \"" + text + "\": " + e.getMessage());
    }
    if (!v.atLeast(0, 7, 0)) {
      return;
    }
    Optional<Container> main = main(pod);
    boolean writable = main.isPresent() && inlineIndex(main.get()) >= 0;
    boolean deprecatedFlags = hasDeprecatedMetricFlags(pod);
    if (!writable && deprecatedFlags) {
      throw new RouterRenderException(
          context.ref(),
          "spec.router.scheduler.template",
          "scheduler deployment "
              + context.namespace()
              + "/"
              + context.schedulerDeploymentName()
              + " uses deprecated metric flags but has no inline --config-text; automatic"
              + " migration to core-metrics-extractor plugin is not possible");
    }
    List<Consumer<ObjectNode>> ops = new ArrayList<>();
    ops.add(c -> renamePlugin(c, "prefill-header-handler", "disagg-headers-handler"));
    ops.add(c -> renamePlugin(c, "pd-profile-handler", "disagg-profile-handler"));
    ops.add(SchedulerMigrations::migrateDisaggProfileParams);
    ops.add(SchedulerMigrations::removeHashBlockSize);
    if (writable) {
      Map<String, String> extracted = extractDeprecatedMetricFlags(pod);
      ops.add(c -> addCoreMetricsExtractor(c, extracted));
    }
    if (v.atLeast(0, 8, 0)) {
      ops.add(c -> renamePlugin(c, "model-server-protocol-metrics", "core-metrics-extractor"));
    }
    if (v.atLeast(0, 9, 0)) {
      ops.add(SchedulerMigrations::prefixCacheScorerParameters);
      ops.add(c -> removeUnneededTokenizer(c, pod));
      ops.add(SchedulerMigrations::llmdApiVersion);
      if (context.tokenizerEnabled()) {
        String url = context.tokenizerUrl();
        ops.add(c -> decomposePrecisePrefixScorer(c, url));
        ops.add(c -> injectTokenProducer(c, url));
      }
    }
    if (v.atLeast(0, 10, 0)) {
      Map<String, String> params = extractModelServerMetricFlags(pod);
      if (!params.isEmpty()) {
        if (!writable) {
          Set<String> flags = new TreeSet<>();
          params.keySet().forEach(k -> flags.add("--" + k));
          throw new RouterRenderException(
              context.ref(),
              "spec.router.scheduler.template",
              "scheduler deployment "
                  + context.namespace()
                  + "/"
                  + context.schedulerDeploymentName()
                  + " sets deprecated "
                  + String.join(", ", flags)
                  + " but has no inline --config-text; automatic migration to the"
                  + " metrics-data-source plugin is not possible");
        }
        ObjectNode parameters = metricsDataSourceParameters(context, params);
        if (parameters.size() > 0) {
          ops.add(c -> addMetricsDataSource(c, parameters));
        }
      }
    }
    mutate(pod, ops);
  }

  /** Parses each inline config of {@code main}, applies {@code ops}, prints it back. */
  private static void mutate(PodSpec pod, List<Consumer<ObjectNode>> ops) {
    Optional<Container> main = main(pod);
    if (main.isEmpty() || main.get().getArgs() == null) {
      return;
    }
    List<String> args = main.get().getArgs();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (!SchedulerConfigText.INLINE_FLAGS.contains(args.get(i))) {
        continue;
      }
      Optional<JsonNode> parsed = SchedulerConfigText.parse(args.get(i + 1));
      // Go decodes into an Unstructured, which needs a kind; anything else is left untouched.
      if (parsed.isEmpty() || parsed.get().path("kind").asText("").isEmpty()) {
        return;
      }
      ObjectNode config = (ObjectNode) parsed.get();
      ops.forEach(op -> op.accept(config));
      args.set(i + 1, GoYaml.write(config));
    }
  }

  private static Optional<Container> main(PodSpec pod) {
    return pod.getContainers().stream().filter(c -> "main".equals(c.getName())).findFirst();
  }

  private static int inlineIndex(Container c) {
    List<String> args = c.getArgs() == null ? List.of() : c.getArgs();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (SchedulerConfigText.INLINE_FLAGS.contains(args.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasDeprecatedMetricFlags(PodSpec pod) {
    for (Container c : pod.getContainers()) {
      for (String arg : c.getArgs() == null ? List.<String>of() : c.getArgs()) {
        if (DEPRECATED_METRIC_FLAGS.contains(flagName(arg))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String flagName(String arg) {
    String name = arg.replaceFirst("^-+", "");
    int eq = name.indexOf('=');
    return eq >= 0 ? name.substring(0, eq) : name;
  }

  /**
   * Strips the {@code --model-server-metrics-*} flags ({@code --f=v} and {@code --f v} forms) from
   * command and args of every container; returns scheme, path and insecure-skip-verify values.
   */
  static Map<String, String> extractModelServerMetricFlags(PodSpec pod) {
    Map<String, String> params = new LinkedHashMap<>();
    for (Container c : pod.getContainers()) {
      List<String> command = filter(c.getCommand(), params, MODEL_SERVER_METRIC_FLAGS);
      if (command != null) {
        c.setCommand(command);
      }
      List<String> args = filter(c.getArgs(), params, MODEL_SERVER_METRIC_FLAGS);
      if (args != null) {
        c.setArgs(args);
      }
    }
    params.remove(METRICS_PORT);
    return params;
  }

  /** The list without the flags, or {@code null} when it had none. */
  private static List<String> filter(
      List<String> list, Map<String, String> extracted, Set<String> names) {
    if (list == null) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    boolean found = false;
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i).replaceFirst("^-+", "");
      String value = "";
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!names.contains(name)) {
        kept.add(list.get(i));
        continue;
      }
      if (value.isEmpty() && i + 1 < list.size() && !list.get(i + 1).startsWith("-")) {
        value = list.get(++i);
      }
      extracted.put(name, value);
      found = true;
    }
    return found ? kept : null;
  }

  private static ObjectNode metricsDataSourceParameters(
      RouterContext context, Map<String, String> extracted) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    String scheme = extracted.getOrDefault(METRICS_SCHEME, "");
    if (!scheme.isEmpty()) {
      p.put("scheme", scheme);
    }
    String path = extracted.getOrDefault(METRICS_PATH, "");
    if (!path.isEmpty()) {
      p.put("path", path);
    }
    if (extracted.containsKey(METRICS_INSECURE)) {
      String v = extracted.get(METRICS_INSECURE);
      p.put("insecureSkipVerify", v.isEmpty() || parseGoBool(context, v));
    }
    return p;
  }

  private static boolean parseGoBool(RouterContext context, String v) {
    switch (v) {
      case "1", "t", "T", "TRUE", "true", "True":
        return true;
      case "0", "f", "F", "FALSE", "false", "False":
        return false;
      default:
        throw new RouterRenderException(
            context.ref(),
            "spec.router.scheduler.template",
            "invalid value \"" + v + "\" for --" + METRICS_INSECURE);
    }
  }

  private static void addMetricsDataSource(ObjectNode config, ObjectNode parameters) {
    for (JsonNode plugin : config.path("plugins")) {
      if ("metrics-data-source".equals(plugin.path("type").asText(null))) {
        return;
      }
    }
    ArrayNode plugins =
        config.path("plugins").isArray()
            ? (ArrayNode) config.get("plugins")
            : config.putArray("plugins");
    ObjectNode entry = plugins.addObject();
    entry.put("type", "metrics-data-source");
    entry.set("parameters", parameters.deepCopy());
  }

  static void renamePlugin(ObjectNode config, String from, String to) {
    if (!config.path("plugins").isArray()) {
      return;
    }
    for (JsonNode plugin : config.get("plugins")) {
      if (plugin instanceof ObjectNode p) {
        if (from.equals(p.path("type").asText(null))) {
          p.put("type", to);
        }
        if (from.equals(p.path("name").asText(null))) {
          p.put("name", to);
        }
      }
    }
    if (!config.path("schedulingProfiles").isArray()) {
      return;
    }
    for (JsonNode profile : config.get("schedulingProfiles")) {
      for (JsonNode ref : profile.path("plugins")) {
        if (ref instanceof ObjectNode r && from.equals(r.path("pluginRef").asText(null))) {
          r.put("pluginRef", to);
        }
      }
    }
  }

  /** {@code deciderPluginName}/{@code threshold} of the profile handler → {@code deciders}. */
  static void migrateDisaggProfileParams(ObjectNode config) {
    if (!config.path("plugins").isArray()) {
      return;
    }
    ArrayNode plugins = (ArrayNode) config.get("plugins");
    int handlerIdx = -1;
    List<ObjectNode> inject = new ArrayList<>();
    for (int i = 0; i < plugins.size(); i++) {
      if (!(plugins.get(i) instanceof ObjectNode p)) {
        continue;
      }
      String type = p.path("type").asText("");
      if (!type.equals("disagg-profile-handler") && !type.equals("pd-profile-handler")) {
        continue;
      }
      if (handlerIdx == -1) {
        handlerIdx = i;
      }
      JsonNode params = p.path("parameters");
      if (params.has("deciders")) {
        continue;
      }
      if (params.path("deciderPluginName").isTextual()) {
        ObjectNode q = (ObjectNode) params;
        q.putObject("deciders").put("prefill", params.get("deciderPluginName").asText());
        q.remove("deciderPluginName");
        q.remove("threshold");
        continue;
      }
      if (!params.has("threshold")) {
        continue;
      }
      ObjectNode q = (ObjectNode) params;
      JsonNode threshold = q.remove("threshold");
      ObjectNode decider = JsonNodeFactory.instance.objectNode();
      if (threshold.isNumber() ? threshold.doubleValue() == 0 : "0".equals(threshold.asText())) {
        q.putObject("deciders").put("prefill", "always-disagg-pd-decider");
        decider.put("type", "always-disagg-pd-decider");
      } else {
        q.putObject("deciders").put("prefill", "prefix-based-pd-decider");
        decider.put("type", "prefix-based-pd-decider");
        long tokens = nonCachedTokens(threshold);
        ObjectNode dp = decider.putObject("parameters");
        if (tokens == (int) tokens) {
          dp.put("nonCachedTokens", (int) tokens);
        } else {
          dp.put("nonCachedTokens", tokens);
        }
      }
      inject.add(decider);
    }
    int inserted = 0;
    for (ObjectNode decider : inject) {
      String type = decider.get("type").asText();
      boolean exists = false;
      for (JsonNode p : plugins) {
        if (type.equals(p.path("type").asText(null))) {
          exists = true;
          break;
        }
      }
      if (!exists) {
        plugins.insert(handlerIdx + inserted, decider);
        inserted++;
      }
    }
  }

  private static long nonCachedTokens(JsonNode threshold) {
    double f;
    if (threshold.isNumber()) {
      f = threshold.doubleValue();
    } else {
      try {
        f = Double.parseDouble(threshold.asText());
      } catch (NumberFormatException e) {
        return 1;
      }
    }
    return Math.max(1, (long) Math.ceil(f / 4.0));
  }

  private static void removeHashBlockSize(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin.path("parameters") instanceof ObjectNode params) {
        params.remove("hashBlockSize");
      }
    }
  }

  private static void prefixCacheScorerParameters(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && "prefix-cache-scorer".equals(p.path("type").asText(null))
          && p.path("parameters") instanceof ObjectNode params) {
        params.retain("prefixMatchInfoProducerName");
        if (params.isEmpty()) {
          p.remove("parameters");
        }
      }
    }
  }

  private static void removeUnneededTokenizer(ObjectNode config, PodSpec pod) {
    if (!config.path("plugins").isArray()
        || SchedulerConfigText.hasPlugin(config, SchedulerConfigText.PRECISE_PREFIX_SCORER)) {
      return;
    }
    List<Container> containers = new ArrayList<>(pod.getContainers());
    for (int i = 0; i < containers.size(); i++) {
      if ("tokenizer".equals(containers.get(i).getName())) {
        containers.remove(i);
        pod.setContainers(containers);
        return;
      }
    }
  }

  private static void llmdApiVersion(ObjectNode config) {
    if ("inference.networking.x-k8s.io/v1alpha1".equals(config.path("apiVersion").asText(null))) {
      config.put("apiVersion", "llm-d.ai/v1alpha1");
    }
  }

  private static void injectTokenProducer(ObjectNode config, String tokenizerUrl) {
    if (!config.path("plugins").isArray()) {
      return;
    }
    for (JsonNode plugin : config.get("plugins")) {
      if (!(plugin instanceof ObjectNode p)
          || !SchedulerConfigText.TOKEN_PRODUCER.equals(p.path("type").asText(null))) {
        continue;
      }
      ObjectNode params =
          p.path("parameters") instanceof ObjectNode o ? o : p.putObject("parameters");
      if (!params.has("modelName")) {
        params.put("modelName", "/mnt/models/base");
      }
      ObjectNode vllm = params.path("vllm") instanceof ObjectNode o ? o : params.putObject("vllm");
      if (!vllm.has("url")) {
        vllm.put("url", tokenizerUrl);
      }
    }
  }

  /**
   * Strips the five deprecated metric flags from the args of every container; returns the values of
   * the last container that had any (KServe keeps only those).
   */
  static Map<String, String> extractDeprecatedMetricFlags(PodSpec pod) {
    Map<String, String> result = Map.of();
    for (Container c : pod.getContainers()) {
      Map<String, String> extracted = new LinkedHashMap<>();
      List<String> args = filter(c.getArgs(), extracted, DEPRECATED_METRIC_FLAGS);
      if (args != null) {
        c.setArgs(args);
      }
      if (!extracted.isEmpty()) {
        result = extracted;
      }
    }
    return result;
  }

  private static final Map<String, String> ENGINE_CONFIG_FIELDS =
      Map.of(
          "total-queued-requests-metric", "queuedRequestsSpec",
          "total-running-requests-metric", "runningRequestsSpec",
          "kv-cache-usage-percentage-metric", "kvUsageSpec",
          "lora-info-metric", "loraSpec",
          "cache-info-metric", "cacheInfoSpec");

  private static void addCoreMetricsExtractor(ObjectNode config, Map<String, String> extracted) {
    if (extracted.isEmpty()) {
      return;
    }
    for (JsonNode plugin : config.path("plugins")) {
      String type = plugin.path("type").asText("");
      if (type.equals("model-server-protocol-metrics") || type.equals("core-metrics-extractor")) {
        return;
      }
    }
    ObjectNode engine = JsonNodeFactory.instance.objectNode();
    engine.put("name", "vllm");
    ENGINE_CONFIG_FIELDS.forEach(
        (flag, field) -> {
          if (extracted.containsKey(flag)) {
            engine.put(field, extracted.get(flag));
          }
        });
    ArrayNode plugins =
        config.path("plugins").isArray()
            ? (ArrayNode) config.get("plugins")
            : config.putArray("plugins");
    ObjectNode entry = plugins.addObject();
    entry.put("name", "model-server-protocol-metrics");
    entry.put("type", "model-server-protocol-metrics");
    ObjectNode params = entry.putObject("parameters");
    params.put("engineLabelKey", "inference.networking.k8s.io/engine-type");
    params.put("defaultEngine", "vllm");
    params.putArray("engineConfigs").add(engine);
  }

  /**
   * Replaces {@code precise-prefix-cache-scorer} by token-producer, precise-prefix-cache-producer
   * (with the old parameters minus the tokenizer pool) and prefix-cache-scorer, at its place; other
   * prefix-cache-scorers go, and profile refs follow.
   */
  static void decomposePrecisePrefixScorer(ObjectNode config, String tokenizerUrl) {
    if (!config.path("plugins").isArray()) {
      return;
    }
    ArrayNode plugins = (ArrayNode) config.get("plugins");
    int idx = -1;
    for (int i = 0; i < plugins.size(); i++) {
      if (SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(
          plugins.get(i).path("type").asText(null))) {
        idx = i;
        break;
      }
    }
    if (idx < 0) {
      return;
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode producer = f.objectNode();
    producer.put("type", "precise-prefix-cache-producer");
    ObjectNode producerParams = producerParams(plugins.get(idx).path("parameters"));
    if (producerParams.size() > 0) {
      producer.set("parameters", producerParams);
    }
    ObjectNode tokenProducer = f.objectNode();
    tokenProducer.put("type", SchedulerConfigText.TOKEN_PRODUCER);
    ObjectNode tp = tokenProducer.putObject("parameters");
    tp.put("modelName", "/mnt/models/base");
    tp.putObject("vllm").put("url", tokenizerUrl);
    ObjectNode scorer = f.objectNode();
    scorer.put("type", "prefix-cache-scorer");
    scorer
        .putObject("parameters")
        .put("prefixMatchInfoProducerName", "precise-prefix-cache-producer");

    List<JsonNode> remaining = new ArrayList<>();
    for (int i = 0; i < plugins.size(); i++) {
      if (i != idx && !"prefix-cache-scorer".equals(plugins.get(i).path("type").asText(null))) {
        remaining.add(plugins.get(i));
      }
    }
    int insert = Math.min(idx, remaining.size());
    ArrayNode result = f.arrayNode();
    remaining.subList(0, insert).forEach(result::add);
    result.add(tokenProducer).add(producer).add(scorer);
    remaining.subList(insert, remaining.size()).forEach(result::add);
    config.set("plugins", result);

    if (!config.path("schedulingProfiles").isArray()) {
      return;
    }
    for (JsonNode profile : config.get("schedulingProfiles")) {
      if (!(profile instanceof ObjectNode p) || !p.path("plugins").isArray()) {
        continue;
      }
      ArrayNode deduped = f.arrayNode();
      boolean seen = false;
      for (JsonNode ref : p.get("plugins")) {
        if (ref instanceof ObjectNode r
            && SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(r.path("pluginRef").asText(null))) {
          r.put("pluginRef", "prefix-cache-scorer");
        }
        if ("prefix-cache-scorer".equals(ref.path("pluginRef").asText(null))) {
          if (seen) {
            continue;
          }
          seen = true;
        }
        deduped.add(ref);
      }
      p.set("plugins", deduped);
    }
  }

  /** The old scorer's parameters for the producer: no tokenizer pool, token processor promoted. */
  private static ObjectNode producerParams(JsonNode params) {
    ObjectNode migrated = JsonNodeFactory.instance.objectNode();
    if (!params.isObject()) {
      return migrated;
    }
    params
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("indexerConfig")) {
                migrated.set(e.getKey(), e.getValue().deepCopy());
                return;
              }
              if (!e.getValue().isObject()) {
                return;
              }
              ObjectNode cleaned = JsonNodeFactory.instance.objectNode();
              e.getValue()
                  .fields()
                  .forEachRemaining(
                      ie -> {
                        if (ie.getKey().equals("tokenizersPoolConfig")) {
                          return;
                        }
                        if (ie.getKey().equals("tokenProcessorConfig")) {
                          if (!params.has("tokenProcessorConfig")) {
                            migrated.set("tokenProcessorConfig", ie.getValue().deepCopy());
                          }
                          return;
                        }
                        cleaned.set(ie.getKey(), ie.getValue().deepCopy());
                      });
              if (cleaned.size() > 0) {
                migrated.set("indexerConfig", cleaned);
              }
            });
    return migrated;
  }

  /**
   * The config rewrites KServe applies, at any version, when the scheduler template still has the
   * legacy {@code tokenizer} sidecar: the precise prefix scorer talks to it over a Unix socket
   * ({@code tokenizersPoolConfig.modelName: base}, {@code uds.socketFile}), {@code
   * tokenProcessorConfig} is copied up from {@code indexerConfig}, and the prefix-cache scorer's
   * {@code blockSize} is copied to {@code blockSizeTokens}.
   */
  static void legacyTokenizerSidecar(PodSpec pod) {
    mutate(
        pod,
        List.of(
            SchedulerMigrations::udsTokenizer,
            SchedulerMigrations::tokenProcessorUp,
            SchedulerMigrations::blockSizeTokens));
  }

  private static void udsTokenizer(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(p.path("type").asText(null))) {
        ObjectNode pool =
            object(object(object(p, "parameters"), "indexerConfig"), "tokenizersPoolConfig");
        pool.put("modelName", "base");
        object(pool, "uds").put("socketFile", "/tmp/tokenizer/tokenizer-uds.socket");
      }
    }
  }

  private static void tokenProcessorUp(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(p.path("type").asText(null))
          && !p.path("parameters").has("tokenProcessorConfig")
          && p.path("parameters").path("indexerConfig").has("tokenProcessorConfig")) {
        JsonNode tpc = p.get("parameters").get("indexerConfig").get("tokenProcessorConfig");
        ((ObjectNode) p.get("parameters")).set("tokenProcessorConfig", tpc.deepCopy());
      }
    }
  }

  private static void blockSizeTokens(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && "prefix-cache-scorer".equals(p.path("type").asText(null))
          && !p.path("parameters").has("blockSizeTokens")
          && p.path("parameters").has("blockSize")) {
        ((ObjectNode) p.get("parameters"))
            .set("blockSizeTokens", p.get("parameters").get("blockSize").deepCopy());
      }
    }
  }

  /** The object at {@code key}, created (replacing a non-object) when absent. */
  private static ObjectNode object(ObjectNode parent, String key) {
    return parent.get(key) instanceof ObjectNode o ? o : parent.putObject(key);
  }
}
