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
import java.util.Set;

/**
 * The scheduler's metric flags across EPP versions (§4.13): from 0.7.0 the five flags GIE 1.4
 * rejects leave the args and come back as a {@code model-server-protocol-metrics} plugin; from
 * 0.10.0 the {@code --model-server-metrics-*} flags leave command and args and their scheme, path
 * and insecure-skip-verify move into a {@code metrics-data-source} plugin (the port is dropped).
 * Flags are matched in both {@code --f=v} and {@code --f v} forms.
 */
final class MetricFlagMigration {
  private MetricFlagMigration() {}

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

  static boolean hasDeprecatedMetricFlags(PodSpec pod) {
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

  static ObjectNode metricsDataSourceParameters(
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

  static void addMetricsDataSource(ObjectNode config, ObjectNode parameters) {
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

  static void addCoreMetricsExtractor(ObjectNode config, Map<String, String> extracted) {
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
}
