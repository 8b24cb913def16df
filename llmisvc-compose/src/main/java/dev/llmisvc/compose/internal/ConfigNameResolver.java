package dev.llmisvc.compose.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * KServe's {@code WellKnownConfigResolver}: which object name a well-known preset is requested
 * under, with versioned pinning.
 *
 * <p>When versioning is on, {@link #attach} records in the service's {@code status.annotations} the
 * name each of the eleven pinned presets has today ({@code serving.kserve.io/<suffix>: <prefix +
 * suffix>}), keeping values already there; {@link #resolve} then maps a name back through those
 * annotations, so a later change of prefix does not move an existing service to other presets. The
 * route preset is the exception: {@link #presetName} always asks for it under the current prefix
 * (it follows the Gateway API provider, not the KServe version).
 *
 * <pre>{@code
 * ConfigNameResolver resolver = ConfigNameResolver.defaults();
 * resolver.attach(service);                       // pins kserve-config-llm-template, ...
 * resolver.presetName(service, "config-llm-template");  // "kserve-config-llm-template"
 * }</pre>
 */
public final class ConfigNameResolver {
  private final String prefix;
  private final boolean versioned;

  /**
   * @param prefix the config prefix, {@code kserve-} by default
   * @param versioned whether pinning is on ({@code LLM_INFERENCE_SERVICE_VERSIONED_CONFIG})
   */
  public ConfigNameResolver(String prefix, boolean versioned) {
    this.prefix = prefix;
    this.versioned = versioned;
  }

  /** Prefix {@code kserve-}, versioning on: KServe's defaults. */
  public static ConfigNameResolver defaults() {
    return new ConfigNameResolver(WellKnownConfigs.DEFAULT_PREFIX, true);
  }

  /**
   * Reads {@code LLM_INFERENCE_SERVICE_CONFIG_PREFIX} (unset or empty: {@code kserve-}) and {@code
   * LLM_INFERENCE_SERVICE_VERSIONED_CONFIG} (unset: on; otherwise Go's {@code strconv.ParseBool},
   * where anything it rejects, {@code yes} included, means off).
   *
   * @param environment e.g. {@code System.getenv()}
   */
  public static ConfigNameResolver fromEnvironment(Map<String, String> environment) {
    String prefix =
        Optional.ofNullable(environment.get("LLM_INFERENCE_SERVICE_CONFIG_PREFIX"))
            .filter(s -> !s.isEmpty())
            .orElse(WellKnownConfigs.DEFAULT_PREFIX);
    String versioned = environment.get("LLM_INFERENCE_SERVICE_VERSIONED_CONFIG");
    return new ConfigNameResolver(prefix, versioned == null || goParseBool(versioned));
  }

  /** Go's {@code strconv.ParseBool}, with a parse error read as {@code false}. */
  static boolean goParseBool(String value) {
    switch (value) {
      case "1":
      case "t":
      case "T":
      case "TRUE":
      case "true":
      case "True":
        return true;
      default:
        return false;
    }
  }

  /** The current prefix. */
  public String prefix() {
    return prefix;
  }

  /** Whether pinning is on. */
  public boolean versioned() {
    return versioned;
  }

  /**
   * Pins the eleven well-known names into {@code service.status.annotations}, in place. A key that
   * already holds a non-empty value keeps it; other annotations are untouched. Does nothing when
   * versioning is off.
   *
   * @param service an LLMInferenceService object tree; its {@code status} is created if needed
   */
  public void attach(ObjectNode service) {
    if (!versioned) {
      return;
    }
    ObjectNode status = objectChild(service, "status");
    ObjectNode annotations = objectChild(status, "annotations");
    for (String suffix : WellKnownConfigs.PINNED_SUFFIXES) {
      String key = WellKnownConfigs.pinAnnotation(suffix);
      JsonNode existing = annotations.get(key);
      if (existing == null || existing.isNull() || existing.asText().isEmpty()) {
        annotations.put(key, prefix + suffix);
      }
    }
  }

  /**
   * The name to request for {@code name}: the pinned value when versioning is on and the service
   * has a pin for it (even an empty one), else {@code name} itself.
   */
  public String resolve(JsonNode service, String name) {
    if (!versioned) {
      return name;
    }
    Optional<ObjectNode> annotations = TreePaths.object(service, "status", "annotations");
    if (annotations.isEmpty()) {
      return name;
    }
    String suffix = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    JsonNode pinned = annotations.get().get(WellKnownConfigs.pinAnnotation(suffix));
    if (pinned == null || pinned.isNull()) {
      return name;
    }
    return pinned.asText();
  }

  /**
   * The object name under which a well-known preset is fetched for {@code service}: resolved
   * through the pin, except the route preset, always {@code prefix + "config-llm-router-route"}.
   */
  public String presetName(JsonNode service, String suffix) {
    String name = prefix + suffix;
    return WellKnownConfigs.ROUTER_ROUTE.equals(suffix) ? name : resolve(service, name);
  }

  private static ObjectNode objectChild(ObjectNode parent, String key) {
    JsonNode child = parent.get(key);
    if (child instanceof ObjectNode) {
      return (ObjectNode) child;
    }
    return parent.putObject(key);
  }
}
