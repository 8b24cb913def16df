package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.internal.PresetSelector;
import dev.llmisvc.compose.internal.TreePaths;
import dev.llmisvc.compose.source.ConfigSourceException;
import java.util.Optional;

/**
 * Step 8: a scheduler {@code config.ref} is replaced by the ConfigMap text it points to, stored
 * verbatim as {@code config.inline} (a string node: it may be YAML, not JSON), and the ref is
 * removed.
 *
 * <p>The ConfigMap is looked up in the service namespace; when it is not there and its name starts
 * with {@value #SYSTEM_PREFIX}, in the system namespace. The data key defaults to {@code epp}.
 * Errors carry KServe's texts:
 *
 * <ul>
 *   <li>{@code failed to get ConfigMap <ns>/<name>: <err>} (lookup error in the service namespace);
 *   <li>{@code failed to get scheduler config "<name>" from namespaces ["<ns>", "<sys>"]: failed to
 *       get v1.ConfigMap <sys>/<name> from API Server: <err>} (not in either namespace; {@code
 *       <err>} is {@code configmaps "<name>" not found} when the system namespace has none);
 *   <li>{@code ConfigMap <ns>/<name> doesn't have key "<key>" in data}. When the ConfigMap is
 *       missing and its name lacks the prefix, KServe carries on with an empty ConfigMap, so this
 *       message then reads {@code ConfigMap / doesn't have key "<key>" in data}.
 * </ul>
 *
 * <p>A resolved config that has a {@code predicted-latency-producer} plugin raises the warning
 * KServe emits as event {@code LatencyPredictorConfigRef}: the latency predictor preset is only
 * chosen from inline or argument configs.
 */
public final class SchedulerConfigMapResolution implements PostMergeStep {
  /** Names with this prefix fall back to the system namespace. */
  public static final String SYSTEM_PREFIX = "config-scheduler-";

  /** Data key read when the ref names none. */
  public static final String DEFAULT_KEY = "epp";

  @Override
  public String name() {
    return "scheduler-config-map";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    Optional<ObjectNode> schedulerConfig =
        TreePaths.object(config, "spec", "router", "scheduler", "config");
    if (schedulerConfig.isEmpty() || !TreePaths.present(schedulerConfig.get(), "ref")) {
      return;
    }
    JsonNode ref = schedulerConfig.get().get("ref");
    String name = TreePaths.textOrEmpty(ref, "name");
    String key = TreePaths.textOrEmpty(ref, "key");
    if (key.isEmpty()) {
      key = DEFAULT_KEY;
    }
    String namespace = context.serviceNamespace();

    Optional<ObjectNode> configMap;
    try {
      configMap = context.configMaps().configMap(namespace, name);
    } catch (ConfigSourceException e) {
      throw new PostMergeException(
          name(),
          "failed to get ConfigMap "
              + namespace
              + "/"
              + name
              + ": "
              + fromApiServer(namespace, name, e.getMessage()),
          e);
    }
    String foundIn = namespace;
    String foundName = name;
    if (configMap.isEmpty()) {
      if (name.startsWith(SYSTEM_PREFIX)) {
        String system = context.systemNamespace();
        String failure =
            "failed to get scheduler config \""
                + name
                + "\" from namespaces [\""
                + namespace
                + "\", \""
                + system
                + "\"]: ";
        try {
          configMap = context.configMaps().configMap(system, name);
        } catch (ConfigSourceException e) {
          throw new PostMergeException(
              name(), failure + fromApiServer(system, name, e.getMessage()), e);
        }
        if (configMap.isEmpty()) {
          throw new PostMergeException(
              name(),
              failure + fromApiServer(system, name, "configmaps \"" + name + "\" not found"));
        }
        foundIn = system;
      } else {
        // KServe goes on with an empty ConfigMap object: no data, no namespace, no name.
        foundIn = "";
        foundName = "";
      }
    }

    String dataKey = key;
    JsonNode value =
        configMap
            .flatMap(cm -> TreePaths.object(cm, "data"))
            .map(data -> data.get(dataKey))
            .orElse(null);
    if (value == null || value.isNull()) {
      throw new PostMergeException(
          name(),
          "ConfigMap " + foundIn + "/" + foundName + " doesn't have key \"" + key + "\" in data");
    }
    schedulerConfig.get().put("inline", value.asText());
    schedulerConfig.get().remove("ref");
    context.findings().schedulerConfigMap(new ConfigMapRef(foundIn, foundName, key));
    JsonNode scheduler = TreePaths.at(config, "spec", "router", "scheduler").orElseThrow();
    if (PresetSelector.latencyProducer(scheduler)) {
      context
          .findings()
          .warn(
              "LatencyPredictorConfigRef: scheduler config from ConfigMap "
                  + foundIn
                  + "/"
                  + foundName
                  + " uses "
                  + PresetSelector.LATENCY_PRODUCER_PLUGIN
                  + ", but the latency predictor preset is only applied for inline configs");
    }
  }

  /**
   * KServe's {@code Get} helper wraps what the API server said: a ConfigMap is not in the
   * controller's cache (it has no KServe label), so the answer comes from the API server.
   */
  private static String fromApiServer(String namespace, String name, String error) {
    return "failed to get v1.ConfigMap " + namespace + "/" + name + " from API Server: " + error;
  }
}
