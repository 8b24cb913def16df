package dev.llmisvc.api.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads controller settings from a YAML map ({@code llmisvc --global-config FILE}): absent keys
 * keep the base value; unknown keys and values of the wrong type are errors naming the key.
 *
 * <pre>
 * systemNamespace: kserve
 * ingressGatewayName: kserve-ingress-gateway
 * ingressGatewayNamespace: kserve
 * enableTls: false
 * modelBasedRoutingHeaderName: X-Gateway-Model-Name
 * modelBasedRoutingMode: enabled      # enabled | forced | disabled
 * configPrefix: kserve-
 * versionedConfigs: true
 * clusterDomain: cluster.local
 * </pre>
 */
public final class SettingsFile {
  private static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

  static {
    text("systemNamespace", ControllerSettings.Builder::systemNamespace);
    text("ingressGatewayName", ControllerSettings.Builder::ingressGatewayName);
    text("ingressGatewayNamespace", ControllerSettings.Builder::ingressGatewayNamespace);
    bool("enableTls", ControllerSettings.Builder::enableTls);
    text("modelBasedRoutingHeaderName", ControllerSettings.Builder::modelBasedRoutingHeaderName);
    SETTINGS.put(
        "modelBasedRoutingMode",
        new Setting(
            "one of enabled, forced, disabled",
            v -> v.isTextual() && mode(v.asText()) != null,
            (b, v) -> b.modelBasedRoutingMode(mode(v.asText()))));
    text("configPrefix", ControllerSettings.Builder::configPrefix);
    bool("versionedConfigs", ControllerSettings.Builder::versionedConfigs);
    text("clusterDomain", ControllerSettings.Builder::clusterDomain);
  }

  private SettingsFile() {}

  /**
   * The keys a settings file may hold.
   *
   * @return the keys, in documentation order
   */
  public static List<String> keys() {
    return List.copyOf(SETTINGS.keySet());
  }

  /**
   * Applies a settings map to a base.
   *
   * @param base the settings absent keys keep
   * @param map the parsed YAML map
   * @param file the file's name, for messages
   * @return the settings
   * @throws SettingsException naming every unknown key and every value of the wrong type
   */
  public static ControllerSettings apply(ControllerSettings base, JsonNode map, String file) {
    if (!map.isObject()) {
      throw new SettingsException(
          List.of(file + ": expected a YAML map of settings (" + String.join(", ", keys()) + ")"));
    }
    ControllerSettings.Builder b = base.toBuilder();
    List<String> problems = new ArrayList<>();
    map.properties()
        .iterator()
        .forEachRemaining(
            e -> {
              Setting s = SETTINGS.get(e.getKey());
              if (s == null) {
                problems.add(
                    file + ": " + e.getKey() + ": unknown setting, expected one of " + keys());
              } else if (!s.accepts().test(e.getValue())) {
                problems.add(file + ": " + e.getKey() + ": expected " + s.expected());
              } else {
                s.set().accept(b, e.getValue());
              }
            });
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    return b.build();
  }

  private static ControllerSettings.ModelBasedRoutingMode mode(String text) {
    for (ControllerSettings.ModelBasedRoutingMode m :
        ControllerSettings.ModelBasedRoutingMode.values()) {
      if (m.name().equalsIgnoreCase(text)) {
        return m;
      }
    }
    return null;
  }

  private static void text(String key, BiConsumer<ControllerSettings.Builder, String> set) {
    SETTINGS.put(
        key, new Setting("a string", JsonNode::isTextual, (b, v) -> set.accept(b, v.asText())));
  }

  private static void bool(String key, BiConsumer<ControllerSettings.Builder, Boolean> set) {
    SETTINGS.put(
        key,
        new Setting("true or false", JsonNode::isBoolean, (b, v) -> set.accept(b, v.asBoolean())));
  }

  private record Setting(
      String expected,
      java.util.function.Predicate<JsonNode> accepts,
      BiConsumer<ControllerSettings.Builder, JsonNode> set) {}
}
