package dev.llmisvc.compose;

import dev.llmisvc.compose.template.GlobalConfig;
import java.util.Objects;

/**
 * The controller settings a composition depends on, KServe's defaults unless changed.
 *
 * @param systemNamespace where presets and shared configs live ({@code POD_NAMESPACE}, default
 *     {@code kserve}); configs are looked up in the service's namespace first, then here
 * @param configPrefix the well-known configs' name prefix ({@code
 *     LLM_INFERENCE_SERVICE_CONFIG_PREFIX}, default {@code kserve-})
 * @param versionedConfigs whether preset names are pinned in {@code status.annotations} ({@code
 *     LLM_INFERENCE_SERVICE_VERSIONED_CONFIG}, default on)
 * @param globalConfig what templates read through {@code .GlobalConfig}
 */
public record ComposeOptions(
    String systemNamespace,
    String configPrefix,
    boolean versionedConfigs,
    GlobalConfig globalConfig) {

  public ComposeOptions {
    Objects.requireNonNull(systemNamespace, "systemNamespace");
    Objects.requireNonNull(configPrefix, "configPrefix");
    Objects.requireNonNull(globalConfig, "globalConfig");
  }

  /** KServe's defaults: namespace {@code kserve}, prefix {@code kserve-}, pinning on. */
  public static ComposeOptions defaults() {
    return new ComposeOptions(
        WellKnownConfigs.DEFAULT_SYSTEM_NAMESPACE,
        WellKnownConfigs.DEFAULT_PREFIX,
        true,
        GlobalConfig.defaults());
  }

  /** A copy with another system namespace (the global config's follows it). */
  public ComposeOptions withSystemNamespace(String namespace) {
    GlobalConfig g = globalConfig;
    return new ComposeOptions(
        namespace,
        configPrefix,
        versionedConfigs,
        new GlobalConfig(
            namespace,
            g.ingressGatewayName(),
            g.ingressGatewayNamespace(),
            g.enableTls(),
            g.modelBasedRoutingHeaderName()));
  }

  /** A copy with another config prefix. */
  public ComposeOptions withConfigPrefix(String prefix) {
    return new ComposeOptions(systemNamespace, prefix, versionedConfigs, globalConfig);
  }

  /** A copy with pinning turned on or off. */
  public ComposeOptions withVersionedConfigs(boolean versioned) {
    return new ComposeOptions(systemNamespace, configPrefix, versioned, globalConfig);
  }

  /** A copy with another global config. */
  public ComposeOptions withGlobalConfig(GlobalConfig global) {
    return new ComposeOptions(systemNamespace, configPrefix, versionedConfigs, global);
  }
}
