package dev.llmisvc.cli;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.source.ConfigFileException;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import dev.llmisvc.compose.source.FileConfigSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options {@code compose} and {@code explain} share: where configs come from, and KServe's
 * settings.
 */
final class ComposeOptionsMixin {
  @Option(
      names = {"-f", "--filename"},
      required = true,
      paramLabel = "SERVICE",
      description =
          "LLMInferenceService documents: a file (multi-document YAML, JSON, kind: List), a"
              + " directory, or - for stdin. Each is composed in input order.")
  List<String> services;

  @Option(
      names = "--config",
      paramLabel = "FILE|DIR",
      description =
          "LLMInferenceServiceConfigs and ConfigMaps to look up (repeatable). Objects without a"
              + " namespace belong to the namespace of the service being composed.")
  List<String> configs = new ArrayList<>();

  @Option(names = "--no-builtin-presets", description = "Do not use the built-in preset catalog.")
  boolean noBuiltinPresets;

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

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private final Map<String, Composer> composers = new ConcurrentHashMap<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private ControllerSettings settings;

  /**
   * The composer for a service in {@code serviceNamespace}: configs and ConfigMaps given without a
   * namespace belong to the service's namespace, so each namespace gets its own view of the files.
   *
   * <p>Safe to call from several threads: each namespace's composer is built once and shared (a
   * composer over files is thread-safe). A failure to read the settings or configs is thrown to
   * every caller, as it is not kept.
   */
  Composer composer(String serviceNamespace, InputReader reader) {
    ControllerSettings controller = settingsOnce(reader);
    return composers.computeIfAbsent(
        serviceNamespace.isEmpty() ? "default" : serviceNamespace, ns -> build(ns, controller));
  }

  /**
   * Says so when the inputs held no document at all: an empty file is a mistake, not an empty
   * fleet, as for {@code validate}.
   *
   * @return whether it said so (the command then fails)
   */
  boolean reportNoDocuments(int documents, String verb, java.io.PrintWriter err) {
    if (documents > 0) {
      return false;
    }
    err.println(String.join(", ", services) + ": no documents to " + verb);
    return true;
  }

  private synchronized ControllerSettings settingsOnce(InputReader reader) {
    if (settings == null) {
      settings = settings(reader);
    }
    return settings;
  }

  /**
   * The controller settings of the command line: the options, then the global-config file over
   * them.
   */
  ControllerSettings settings(InputReader reader) {
    ControllerSettings base =
        ControllerSettings.builder()
            .systemNamespace(systemNamespace)
            .configPrefix(configPrefix)
            .versionedConfigs(!noVersionedConfigs)
            .build();
    return globalConfig.read(base, reader);
  }

  private void warn(String line) {
    if (mixee != null) {
      mixee.commandLine().getErr().println(line);
    }
  }

  private Composer build(String namespace, ControllerSettings controller) {
    ConfigSource user;
    try {
      if (configs.isEmpty()) {
        user = ConfigSource.empty();
      } else {
        FileConfigSource files =
            FileConfigSource.load(configs.stream().map(Path::of).toList(), namespace);
        files.warnings().stream().filter(warned::add).forEach(w -> warn("warning: " + w));
        user = files;
      }
    } catch (ConfigFileException e) {
      throw new InputException(e.problems());
    } catch (ConfigSourceException e) {
      throw new InputException(e.getMessage());
    }
    return Composer.builder()
        .configs(user)
        .builtinPresets(!noBuiltinPresets)
        .settings(controller)
        .build();
  }
}
