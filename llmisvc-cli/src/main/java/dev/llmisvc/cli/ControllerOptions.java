package dev.llmisvc.cli;

import dev.llmisvc.api.settings.ControllerSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The controller-settings options every composing command shares: {@code --system-namespace},
 * {@code --global-config}, {@code --config-prefix} and {@code --no-versioned-configs}.
 */
final class ControllerOptions {
  @Option(
      names = "--system-namespace",
      defaultValue = ControllerSettings.DEFAULT_SYSTEM_NAMESPACE,
      paramLabel = "NS",
      description =
          "KServe's namespace, where presets and shared configs live (default: ${DEFAULT-VALUE}).")
  String systemNamespace;

  @Mixin GlobalConfigOption globalConfig;

  @Option(
      names = "--config-prefix",
      defaultValue = ControllerSettings.DEFAULT_CONFIG_PREFIX,
      paramLabel = "P",
      description = "Name prefix of the well-known configs (default: ${DEFAULT-VALUE}).")
  String configPrefix;

  @Option(
      names = "--no-versioned-configs",
      description =
          "Do not pin preset names in status.annotations (LLM_INFERENCE_SERVICE_VERSIONED_CONFIG=false).")
  boolean noVersionedConfigs;

  /** The controller settings: the options, then the global-config file over them. */
  ControllerSettings read(InputReader reader) {
    ControllerSettings base =
        ControllerSettings.builder()
            .systemNamespace(systemNamespace)
            .configPrefix(configPrefix)
            .versionedConfigs(!noVersionedConfigs)
            .build();
    return globalConfig.read(base, reader);
  }
}
