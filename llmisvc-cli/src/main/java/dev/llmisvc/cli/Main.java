package dev.llmisvc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code llmisvc} entry point. Exit codes follow DESIGN.md: 0 success, 1 invalid input or a
 * failed check (the reason on standard error, naming the file and field path), 2 wrong usage.
 */
@Command(
    name = "llmisvc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Validate, merge, template and compose KServe LLMInferenceService resources.",
    subcommands = {
      ValidateCommand.class,
      MergeCommand.class,
      TemplateCommand.class,
      ComposeCommand.class,
      ExplainCommand.class,
      PresetsCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for input the user must fix. */
  public static final int INVALID = 1;

  /** Exit code for wrong usage (unknown option, missing argument). */
  public static final int USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> INVALID);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("llmisvc: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, command, parseResult) -> {
          if (ex instanceof InputException input) {
            input.lines().forEach(err::println);
            return INVALID;
          }
          // Anything else is a defect of ours, not of the input: say so in one line.
          err.println("llmisvc: internal error: " + ex);
          return INVALID;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the version of the jar and the KServe version the library matches. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "llmisvc " + (v == null ? "development build" : v),
        "KServe compatibility: main@aaac4e2 (2026-08-21), serving.kserve.io v1alpha1 and v1alpha2"
      };
    }
  }
}
