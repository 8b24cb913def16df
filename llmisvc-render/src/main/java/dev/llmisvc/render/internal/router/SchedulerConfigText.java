package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.v1alpha2.LLMModelSpec;
import dev.llmisvc.api.v1alpha2.LoRASpec;
import dev.llmisvc.api.v1alpha2.SchedulerSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The endpoint picker's config argument (§4.13, {@code preserveSchedulerConfig}): which text the
 * scheduler gets, and KServe's two default configs. The config is an argument, never a ConfigMap
 * (§10 #10).
 */
final class SchedulerConfigText {
  static final String TOKEN_PRODUCER = "token-producer";
  static final String PRECISE_PREFIX_SCORER = "precise-prefix-cache-scorer";
  static final String LORA_AFFINITY_SCORER = "lora-affinity-scorer";

  /** The spellings of the inline-text flag; Go's flag package accepts all four. */
  static final Set<String> INLINE_FLAGS =
      Set.of("--config-text", "-config-text", "--configText", "-configText");

  /** The inline-text and file flags. */
  static final Set<String> CONFIG_FLAGS =
      Set.of(
          "--config-text",
          "-config-text",
          "--configText",
          "-configText",
          "--config-file",
          "-config-file",
          "--configFile",
          "-configFile");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchedulerConfigText() {}

  /**
   * The config pair to append to container {@code main}'s args, first match wins: the inline config
   * of the spec; nothing when the template's args already carry a config flag; the live
   * Deployment's pair; the default for the topology.
   */
  static List<String> argsToAppend(RouterContext context) {
    Optional<JsonNode> inline = context.configInline();
    if (inline.isPresent()) {
      return List.of("--config-text", raw(inline.get()));
    }
    List<Container> containers =
        context
            .scheduler()
            .flatMap(SchedulerSpec::template)
            .map(Embedded::get)
            .map(PodSpec::getContainers)
            .orElse(List.of());
    if (configPair(mainArgs(containers)).isPresent()) {
      return List.of();
    }
    Optional<List<String>> live =
        context
            .facts()
            .liveSchedulerArgs(context.namespace(), context.schedulerDeploymentName())
            .flatMap(SchedulerConfigText::configPair);
    if (live.isPresent()) {
      return live.get();
    }
    return List.of("--config-text", defaultText(context));
  }

  /**
   * The inline config KServe inspects for tokenizer plugins: {@code config.inline}, else an inline
   * {@code --config-text} pair in the template's {@code main} args.
   */
  static Optional<JsonNode> inlineConfig(RouterContext context) {
    Optional<String> text = context.configInline().map(SchedulerConfigText::raw);
    if (text.isEmpty()) {
      List<Container> containers =
          context
              .scheduler()
              .flatMap(SchedulerSpec::template)
              .map(Embedded::get)
              .map(PodSpec::getContainers)
              .orElse(List.of());
      text =
          configPair(mainArgs(containers))
              .filter(pair -> INLINE_FLAGS.contains(pair.get(0)))
              .map(pair -> pair.get(1));
    }
    return text.flatMap(SchedulerConfigText::parse);
  }

  /** Whether a parsed config declares a plugin of {@code type}. */
  static boolean hasPlugin(JsonNode config, String type) {
    for (JsonNode plugin : config.path("plugins")) {
      if (type.equals(plugin.path("type").asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** YAML (or JSON) text as a tree, empty when it is not a YAML mapping. */
  static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = YAML.readTree(text);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The text KServe passes for {@code config.inline}: a string as it is (a ConfigMap's text), an
   * object as compact JSON with sorted keys (Go re-marshals the merged spec, and its maps print
   * sorted).
   */
  static String raw(JsonNode inline) {
    if (inline.isTextual()) {
      return inline.textValue();
    }
    try {
      return JSON.writeValueAsString(sorted(inline));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = JSON.createObjectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = JSON.createArrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }

  /** The args of the first container named {@code main}, empty when there is none. */
  static List<String> mainArgs(List<Container> containers) {
    for (Container c : containers) {
      if ("main".equals(c.getName())) {
        return c.getArgs() == null ? List.of() : c.getArgs();
      }
    }
    return List.of();
  }

  /** The first config flag followed by a value, with that value. */
  static Optional<List<String>> configPair(List<String> args) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (CONFIG_FLAGS.contains(args.get(i))) {
        return Optional.of(List.of(args.get(i), args.get(i + 1)));
      }
    }
    return Optional.empty();
  }

  /** KServe's default config: P/D when {@code prefill} is set, else single-profile; LoRA-aware. */
  static String defaultText(RouterContext context) {
    boolean lora =
        context
            .svc()
            .spec()
            .model()
            .flatMap(LLMModelSpec::lora)
            .map(LoRASpec::adapters)
            .map(a -> !a.isEmpty())
            .orElse(false);
    String loraPlugin = lora ? "- type: " + LORA_AFFINITY_SCORER + "\n" : "";
    String loraRef = lora ? "  - pluginRef: " + LORA_AFFINITY_SCORER + "\n    weight: 4\n" : "";
    if (context.svc().spec().prefill().isPresent()) {
      return "\n"
          + "apiVersion: llm-d.ai/v1alpha1\n"
          + "kind: EndpointPickerConfig\n"
          + "plugins:\n"
          + "- type: disagg-headers-handler\n"
          + "- type: prefill-filter\n"
          + "- type: decode-filter\n"
          + "- type: queue-scorer\n"
          + "- type: kv-cache-utilization-scorer\n"
          + "- type: active-request-scorer\n"
          + "- type: prefix-cache-scorer\n"
          + "- type: max-score-picker\n"
          + "- type: always-disagg-pd-decider\n"
          + "- type: disagg-profile-handler\n"
          + "  parameters:\n"
          + "    deciders:\n"
          + "      prefill: always-disagg-pd-decider\n"
          + loraPlugin
          + "schedulingProfiles:\n"
          + "- name: prefill\n"
          + "  plugins:\n"
          + "  - pluginRef: prefill-filter\n"
          + loraRef
          + "  - pluginRef: prefix-cache-scorer\n"
          + "    weight: 3\n"
          + "  - pluginRef: queue-scorer\n"
          + "    weight: 2\n"
          + "  - pluginRef: kv-cache-utilization-scorer\n"
          + "    weight: 2\n"
          + "  - pluginRef: max-score-picker\n"
          + "- name: decode\n"
          + "  plugins:\n"
          + "  - pluginRef: decode-filter\n"
          + loraRef
          + "  - pluginRef: active-request-scorer\n"
          + "    weight: 2\n"
          + "  - pluginRef: prefix-cache-scorer\n"
          + "    weight: 3\n"
          + "  - pluginRef: max-score-picker\n";
    }
    return "\n"
        + "apiVersion: llm-d.ai/v1alpha1\n"
        + "kind: EndpointPickerConfig\n"
        + "plugins:\n"
        + "- type: single-profile-handler\n"
        + "- type: queue-scorer\n"
        + "- type: kv-cache-utilization-scorer\n"
        + "- type: prefix-cache-scorer\n"
        + "- type: no-hit-lru-scorer\n"
        + "- type: max-score-picker\n"
        + loraPlugin
        + "schedulingProfiles:\n"
        + "- name: default\n"
        + "  plugins:\n"
        + loraRef
        + "  - pluginRef: queue-scorer\n"
        + "    weight: 2\n"
        + "  - pluginRef: kv-cache-utilization-scorer\n"
        + "    weight: 2\n"
        + "  - pluginRef: prefix-cache-scorer\n"
        + "    weight: 3\n"
        + "  - pluginRef: no-hit-lru-scorer\n"
        + "    weight: 2\n"
        + "  - pluginRef: max-score-picker\n";
  }
}
