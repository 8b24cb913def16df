package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.compose.template.ConfigTemplate;
import dev.llmisvc.compose.template.TemplateException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc template -s SERVICE -c CONFIG}: one LLMInferenceServiceConfig with its Go template
 * expressions evaluated over a service, as KServe does after merging.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Evaluates the Go template expressions of an LLMInferenceServiceConfig over an"
            + " LLMInferenceService, as KServe does, and prints the config after substitution.")
final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-s", "--service"},
      required = true,
      paramLabel = "SERVICE",
      description = "The LLMInferenceService the templates read (v1alpha1 or v1alpha2).")
  String service;

  @Option(
      names = {"-c", "--config"},
      required = true,
      paramLabel = "CONFIG",
      description = "The LLMInferenceServiceConfig to render.")
  String config;

  @Mixin GlobalConfigOption globalConfig;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    InputReader reader = new InputReader(System.in);
    Document svcDoc = Resources.single(reader, service, "LLMInferenceService");
    Document cfgDoc = Resources.single(reader, config, "LLMInferenceServiceConfig");
    ControllerSettings settings = globalConfig.read(ControllerSettings.defaults(), reader);
    // each document's own conversion problems are reported against its own file
    Resources.hub(svcDoc);
    Resources.hub(cfgDoc);
    ObjectNode rendered;
    try {
      rendered = ConfigTemplate.substitute(cfgDoc.tree(), svcDoc.tree(), settings);
    } catch (TemplateException e) {
      throw new InputException(cfgDoc.source() + ": " + e.getMessage());
    }
    DocumentWriter.print(spec.commandLine().getOut(), output.format, List.of(rendered));
    return 0;
  }
}
