package dev.llmisvc.cli;

import dev.llmisvc.api.settings.ControllerSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --global-config FILE} option of the commands that evaluate templates. */
final class GlobalConfigOption {
  @Option(
      names = "--global-config",
      paramLabel = "FILE",
      description =
          "YAML map of controller settings: systemNamespace, ingressGatewayName,"
              + " ingressGatewayNamespace, enableTls, modelBasedRoutingHeaderName,"
              + " modelBasedRoutingMode, configPrefix, versionedConfigs, clusterDomain (KServe's"
              + " defaults when absent).")
  Optional<String> file;

  /** The settings of the file over {@code base}, or {@code base} when no file is given. */
  ControllerSettings read(ControllerSettings base, InputReader reader) {
    return GlobalConfigFile.read(file, base, reader);
  }
}
