package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The 0.7 restructuring of the P/D profile handler's parameters (§4.13): {@code deciderPluginName}
 * becomes {@code deciders.prefill}; without it, {@code threshold: 0} becomes the {@code
 * always-disagg-pd-decider} and a positive threshold a {@code prefix-based-pd-decider} with {@code
 * nonCachedTokens = ceil(threshold / 4)} (at least 1), the decider plugin declared before the first
 * handler unless it already exists.
 */
final class DisaggProfileMigration {
  private DisaggProfileMigration() {}

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
}
