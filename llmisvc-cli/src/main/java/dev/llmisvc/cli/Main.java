package dev.llmisvc.cli;

import dev.llmisvc.api.LlmisvcException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code llmisvc} entry point. Exit codes follow DESIGN.md: 0 success, 1 invalid input or a
 * failed check (the reason on standard error, naming the file and field path), 2 wrong usage, 3 an
 * internal error (a defect of ours: one line, the whole trace with {@code --stacktrace}). {@code
 * diff} alone exits like {@code git diff --exit-code} (see {@link DiffCommand}).
 */
@Command(
    name = "llmisvc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Validate, merge, template, compose and render KServe LLMInferenceService resources.")
public final class Main implements Runnable {
  /** Exit code for input the user must fix. */
  public static final int INVALID = 1;

  /** Exit code for wrong usage (unknown option, missing argument). */
  public static final int USAGE = 2;

  /** Exit code for a defect of ours rather than of the input. */
  public static final int INTERNAL = 3;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the whole stack trace.")
  boolean stacktrace;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (args.length > 0 && WARM_UP_FOR.contains(args[0])) {
      // CEL set-up and rule compilation overlap reading and composing on the other core
      dev.llmisvc.api.validation.LlmisvcValidator.warmUp();
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** The commands whose work ends in a validation (the dry run, or validate itself). */
  private static final java.util.Set<String> WARM_UP_FOR =
      java.util.Set.of("compose", "render", "validate", "explain", "diff");

  /**
   * The subcommands, in the order {@code --help} lists them. Each is built only when needed:
   * picocli reads a command's annotations when it is added, which for all eight took about a third
   * of a second of a cold {@code compose}.
   */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("validate", ValidateCommand::new);
    m.put("merge", MergeCommand::new);
    m.put("template", TemplateCommand::new);
    m.put("compose", ComposeCommand::new);
    m.put("render", RenderCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("presets", PresetsCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The {@code llmisvc} command with every subcommand, as {@code --help} shows it.
   *
   * @return a new command line
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    return cli;
  }

  /**
   * The command line {@code args} need: only the subcommand they start with when they name one
   * (everything it prints, its help included, is the same as with all of them), none for {@code
   * --version} alone, else all.
   */
  static CommandLine commandLineFor(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return new CommandLine(new Main()); // the version alone needs no subcommand
    }
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
      CommandLine cli = new CommandLine(new Main());
      cli.addSubcommand(args[0], SUBCOMMANDS.get(args[0]).get());
      return cli;
    }
    return commandLine();
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return execute(commandLineFor(args), args, out, err);
  }

  /** Runs {@code cli} (the {@code llmisvc} command, perhaps with extra subcommands in tests). */
  static int execute(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
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
          if (ex instanceof LlmisvcException library) {
            // the library refused the input with a typed error: the user can act on it
            err.println("llmisvc: " + library.getMessage());
            return INVALID;
          }
          // Anything else is a defect of ours, not of the input: say so in one line.
          err.println(
              "llmisvc: internal error (please report it): "
                  + ex
                  + (stacktraceRequested(parseResult) ? "" : " (--stacktrace shows where)"));
          if (stacktraceRequested(parseResult)) {
            ex.printStackTrace(err);
          }
          return INTERNAL;
        });
    return cli.execute(args);
  }

  private static boolean stacktraceRequested(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
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
