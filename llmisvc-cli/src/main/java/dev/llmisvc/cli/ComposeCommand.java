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
          + " still printed, and the exit code is 1. Services are read, composed and printed one"
          + " at a time (several at once with --jobs), always in input order; a file that cannot"
          + " be read is reported in its place."
    })
final class ComposeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ComposeOptionsMixin options;

  @Mixin OutputOption output;

  @Mixin JobsOption jobs;

  /** What composing one service prints: standard error lines, then its document's text. */
  private record Outcome(List<String> errors, String text, boolean failed) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    InputReader reader = options.serviceReader(spec);
    DocumentWriter out = new DocumentWriter(spec.commandLine().getOut(), output.format);
    boolean[] failed = {false};
    int[] seen = {0};
    // read, compose and print one service at a time, several at once, in input order
    new Pipeline<Outcome>(
            jobs.jobs(),
            doc -> compose(doc, reader),
            problem -> new Outcome(List.of(problem), null, true),
            o -> {
              o.errors().forEach(err::println);
              err.flush();
              if (o.text() != null) {
                out.write(o.text());
              }
              failed[0] |= o.failed();
              seen[0]++;
            })
        .run(reader, options.inputs());
    out.finish();
    failed[0] |= options.reportNoDocuments(seen[0], "compose", err);
    err.flush();
    return failed[0] ? Main.INVALID : 0;
  }

  private Outcome compose(Document doc, InputReader reader) {
    List<String> errors = new ArrayList<>();
    try {
      Resources.requireKind(doc, "LLMInferenceService");
      Resources.requireValid(doc);
      Composer composer = options.composer(doc.namespace(), reader);
      Composition<ObjectNode> c = composer.compose(doc.tree());
      c.warnings().forEach(w -> errors.add(doc.label() + ": warning: " + w));
      // A stopped service keeps its own spec in KServe: printed, with the failure as a warning.
      boolean stopped = c.condition().reason().equals("Stopped");
      if (!c.condition().succeeded() && !stopped) {
        errors.add(doc.label() + ": " + c.condition().describe());
        return new Outcome(errors, null, true);
      }
      return new Outcome(errors, DocumentWriter.text(output.format, c.toResource()), false);
    } catch (InputException e) {
      errors.addAll(e.lines());
      return new Outcome(errors, null, true);
    }
  }
}
