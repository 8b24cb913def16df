package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.validation.Violation;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.compose.template.ConfigTemplate;
import dev.llmisvc.compose.template.TemplateException;
import java.io.PrintWriter;
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
    Document svcDoc = Resources.singleDraft(reader, service, "LLMInferenceService");
    Document cfgDoc = Resources.singleDraft(reader, config, "LLMInferenceServiceConfig");
    ControllerSettings settings = globalConfig.read(ControllerSettings.defaults(), reader);
    // each document's own conversion problems are reported against its own file
    Resources.hub(svcDoc);
    Resources.hub(cfgDoc);
    checkDraft(svcDoc);
    checkDraft(cfgDoc);
    ObjectNode rendered;
    try {
      rendered = ConfigTemplate.substitute(cfgDoc.tree(), svcDoc.tree(), settings);
    } catch (TemplateException e) {
      throw new InputException(cfgDoc.source() + ": " + e.getMessage());
    }
    DocumentWriter.print(spec.commandLine().getOut(), output.format, List.of(rendered));
    return 0;
  }

  /**
   * Drafts are welcome here: what admission would refuse (no model URI, a container without a name,
   * a value that fails a pattern) is printed as a warning and the templates are still evaluated, as
   * KServe's {@code ReplaceVariables} would; a missing name is not even a warning. A field the
   * schema does not know is still an error: it would be silently dropped otherwise.
   */
  private void checkDraft(Document doc) {
    ObjectNode tree = doc.tree();
    if (tree.path("metadata").path("name").asText("").isEmpty()) {
      tree = tree.deepCopy();
      tree.withObject("metadata").put("name", "draft");
    }
    String kind = tree.path("kind").asText("");
    ValidationResult result =
        LlmisvcValidator.forKind(kind).orElseThrow().validateCreate(tree); // no template check
    List<Violation> unknown =
        result.errors().stream().filter(v -> v.type() == Violation.Type.UNKNOWN_FIELD).toList();
    if (!unknown.isEmpty()) {
      throw new InputException(
          ProblemLines.of(doc.source(), new ValidationResult(unknown, List.of())));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Violation v : result.errors()) {
      err.println(doc.source() + ": warning: admission would refuse this: " + v.render());
    }
    result.warnings().forEach(w -> err.println(doc.source() + ": warning: " + w));
    err.flush();
  }
}
