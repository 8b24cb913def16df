package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.compose.template.GlobalConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code --global-config FILE}: a YAML map of the controller settings templates see. Keys
 * that are absent keep KServe's defaults; unknown keys and wrong types are errors naming the key.
 *
 * <pre>
 * systemNamespace: kserve
 * ingressGatewayName: kserve-ingress-gateway
 * ingressGatewayNamespace: kserve
 * enableTls: false
 * modelBasedRoutingHeaderName: X-Gateway-Model-Name
 * </pre>
 */
final class GlobalConfigFile {
  private static final List<String> KEYS =
      List.of(
          "systemNamespace",
          "ingressGatewayName",
          "ingressGatewayNamespace",
          "enableTls",
          "modelBasedRoutingHeaderName");

  private GlobalConfigFile() {}

  /**
   * The global config of {@code file}, or KServe's defaults with {@code systemNamespace} when no
   * file is given. A file's own {@code systemNamespace} wins over the command-line default.
   */
  static GlobalConfig read(Optional<String> file, String systemNamespace, InputReader reader) {
    GlobalConfig defaults = GlobalConfig.defaults();
    if (file.isEmpty()) {
      return new GlobalConfig(
          systemNamespace,
          defaults.ingressGatewayName(),
          defaults.ingressGatewayNamespace(),
          defaults.enableTls(),
          defaults.modelBasedRoutingHeaderName());
    }
    List<InputDocument> docs = reader.read(List.of(file.get()));
    if (docs.size() != 1) {
      throw new InputException(
          file.get()
              + ": expected one YAML map of global settings, found "
              + docs.size()
              + " documents");
    }
    JsonNode map = docs.get(0).tree();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) map::fields) {
      if (!KEYS.contains(e.getKey())) {
        problems.add(file.get() + ": " + e.getKey() + ": unknown setting, expected one of " + KEYS);
      } else if (e.getKey().equals("enableTls")
          ? !e.getValue().isBoolean()
          : !e.getValue().isTextual()) {
        problems.add(
            file.get()
                + ": "
                + e.getKey()
                + ": expected "
                + (e.getKey().equals("enableTls") ? "true or false" : "a string"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new GlobalConfig(
        text(map, "systemNamespace", systemNamespace),
        text(map, "ingressGatewayName", defaults.ingressGatewayName()),
        text(map, "ingressGatewayNamespace", defaults.ingressGatewayNamespace()),
        map.path("enableTls").asBoolean(defaults.enableTls()),
        text(map, "modelBasedRoutingHeaderName", defaults.modelBasedRoutingHeaderName()));
  }

  private static String text(JsonNode map, String key, String fallback) {
    JsonNode v = map.get(key);
    return v == null ? fallback : v.asText();
  }
}
