package dev.llmisvc.cli;

import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.Document;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc validate FILE...}: the CRD schema, CEL rules and KServe's admission webhooks, for
 * every LLMInferenceService and LLMInferenceServiceConfig in the files, all problems at once.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Checks LLMInferenceService and LLMInferenceServiceConfig documents against KServe's CRD"
          + " schema, CEL rules and admission webhooks.",
      "Prints one 'FILE: PATH: message' line per problem on standard error and exits 1 when"
          + " anything is invalid."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "YAML or JSON files (multi-document, kind: List), directories, or - for stdin.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // one document at a time: a fleet of any size is validated in bounded memory
    boolean[] valid = {true};
    int seen = 0;
    try (Stream<Document> documents =
        new InputReader(System.in)
            .stream(
                files,
                problem -> {
                  valid[0] = false;
                  err.println(problem);
                })) {
      Iterator<Document> it = documents.iterator();
      while (it.hasNext()) {
        Document doc = it.next();
        seen++;
        List<String> problems = problems(doc);
        if (problems.isEmpty()) {
          out.println(doc.label() + ": valid");
        } else {
          valid[0] = false;
          problems.forEach(err::println);
        }
      }
    }
    if (seen == 0 && valid[0]) {
      throw new InputException(String.join(", ", files) + ": no documents to validate");
    }
    err.flush();
    return valid[0] ? 0 : Main.INVALID;
  }

  private List<String> problems(Document doc) {
    ValidationResult result;
    try {
      result = Resources.validate(doc);
    } catch (InputException e) {
      return e.lines();
    }
    result
        .warnings()
        .forEach(w -> spec.commandLine().getErr().println(doc.where() + ": warning: " + w));
    return ProblemLines.of(doc.where(), result);
  }
}
