package dev.llmisvc.cli;

import dev.llmisvc.compose.template.GlobalConfig;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --global-config FILE} option of the commands that evaluate templates. */
final class GlobalConfigOption {
  @Option(
      names = "--global-config",
      paramLabel = "FILE",
      description =
          "YAML map of systemNamespace, ingressGatewayName, ingressGatewayNamespace, enableTls,"
              + " modelBasedRoutingHeaderName (KServe's defaults when absent).")
  Optional<String> file;

  /** The settings of the file, or KServe's defaults with {@code systemNamespace}. */
  GlobalConfig read(String systemNamespace, InputReader reader) {
    return GlobalConfigFile.read(file, systemNamespace, reader);
  }
}
