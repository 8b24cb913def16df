package dev.llmisvc.cli;

import dev.llmisvc.compose.preset.PresetCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code llmisvc presets list | show NAME}: the built-in preset catalog. */
@Command(
    name = "presets",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Lists or shows the built-in well-known presets (KServe's LLMInferenceServiceConfigs).",
    subcommands = {PresetsCommand.List.class, PresetsCommand.Show.class})
final class PresetsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static PresetCatalog catalog(String systemNamespace) {
    return PresetCatalog.builtin(systemNamespace);
  }

  /** {@code presets list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = "Lists the built-in presets.")
  static final class List implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--system-namespace",
        defaultValue = "kserve",
        paramLabel = "NS",
        description = "The namespace the presets are placed in (default: ${DEFAULT-VALUE}).")
    String systemNamespace;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PresetCatalog catalog = catalog(systemNamespace);
      out.println(
          "# catalog "
              + catalog.id()
              + catalog.kserveVersion().map(v -> " (KServe " + v + ")").orElse(""));
      catalog.names().forEach(out::println);
      return 0;
    }
  }

  /** {@code presets show NAME}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = "Prints one built-in preset.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "NAME",
        description = "A preset name, e.g. kserve-config-llm-template.")
    String name;

    @Option(
        names = "--system-namespace",
        defaultValue = "kserve",
        paramLabel = "NS",
        description = "The namespace the preset is placed in (default: ${DEFAULT-VALUE}).")
    String systemNamespace;

    @Mixin OutputOption output;

    @Override
    public Integer call() {
      PresetCatalog catalog = catalog(systemNamespace);
      var preset =
          catalog
              .preset(name)
              .orElseThrow(
                  () ->
                      new InputException(
                          "presets: no built-in preset \""
                              + name
                              + "\"; known: "
                              + String.join(", ", catalog.names())));
      DocumentWriter.print(spec.commandLine().getOut(), output.format, java.util.List.of(preset));
      return 0;
    }
  }
}
