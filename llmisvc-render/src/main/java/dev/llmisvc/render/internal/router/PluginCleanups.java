package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Small rewrites of the scheduler config's plugin list (§4.13): plugin renames (and the profile
 * refs that follow), {@code hashBlockSize} removal, the 0.9 {@code prefix-cache-scorer} parameter
 * trim and apiVersion move, and removal of an unneeded legacy {@code tokenizer} container.
 */
final class PluginCleanups {
  private PluginCleanups() {}

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

  static void removeHashBlockSize(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin.path("parameters") instanceof ObjectNode params) {
        params.remove("hashBlockSize");
      }
    }
  }

  static void prefixCacheScorerParameters(ObjectNode config) {
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

  static void removeUnneededTokenizer(ObjectNode config, PodSpec pod) {
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

  static void llmdApiVersion(ObjectNode config) {
    if ("inference.networking.x-k8s.io/v1alpha1".equals(config.path("apiVersion").asText(null))) {
      config.put("apiVersion", "llm-d.ai/v1alpha1");
    }
  }
}
