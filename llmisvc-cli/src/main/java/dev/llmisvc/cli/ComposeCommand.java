package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc compose -f SERVICE}: the effective LLMInferenceService KServe would compute, with
 * the configs it applied, for every service given.
 */
@Command(
    name = "compose",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Composes each LLMInferenceService with the well-known presets its shape selects, its"
          + " baseRefs and KServe's post-merge steps, and prints apiVersion, kind, metadata, the"
          + " effective spec and status.appliedConfigs.",
      "A service that cannot be composed is reported by name on standard error; the others are"
          + " still printed, and the exit code is 1."
    })
final class ComposeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ComposeOptionsMixin options;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    InputReader reader = new InputReader(System.in);
    List<ObjectNode> composed = new ArrayList<>();
    boolean failed = false;
    for (Document doc : reader.read(options.services)) {
      try {
        Resources.requireKind(doc, "LLMInferenceService");
        Resources.requireValid(doc);
        Composer composer = options.composer(doc.namespace(), reader);
        Composition<ObjectNode> c = composer.compose(doc.tree());
        c.warnings().forEach(w -> err.println(doc.label() + ": warning: " + w));
        // A stopped service keeps its own spec in KServe: printed, with the failure as a warning.
        boolean stopped = c.condition().reason().equals("Stopped");
        if (!c.condition().succeeded() && !stopped) {
          err.println(doc.label() + ": " + c.condition().reason() + ": " + c.condition().message());
          failed = true;
          continue;
        }
        composed.add(c.toResource());
      } catch (InputException e) {
        e.lines().forEach(err::println);
        failed = true;
      }
    }
    if (!composed.isEmpty()) {
      DocumentWriter.print(spec.commandLine().getOut(), output.format, composed);
    }
    err.flush();
    return failed ? Main.INVALID : 0;
  }
}
