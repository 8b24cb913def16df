package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A defect of ours exits 3 with one line; bad input stays exit 1 with no stack trace. */
class InternalErrorTest {
  @TempDir Path dir;

  /** Stands for a bug: an exception the commands never expect. */
  @Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("invariant broken");
    }
  }

  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).addSubcommand("boom", new Boom());
    int code = Main.execute(cli, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void anInternalErrorExitsThreeWithOneLine() {
    CliRun r = run("boom");
    assertThat(r.exitCode()).isEqualTo(Main.INTERNAL);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .contains("internal error")
        .contains("invariant broken")
        .contains("--stacktrace");
  }

  @Test
  void stacktraceShowsWhere() {
    CliRun r = run("boom", "--stacktrace");
    assertThat(r.exitCode()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).contains("at dev.llmisvc.cli.InternalErrorTest$Boom.run");
  }

  @Test
  void aDuplicateKeyIsBadInputWithLineAndColumn() throws Exception {
    Path f = dir.resolve("dup.yaml");
    Files.writeString(
        f,
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
            + "metadata: {name: a}\nspec:\n  replicas: 1\n  replicas: 5\n");
    for (String command : new String[] {"validate", "compose"}) {
      CliRun r =
          command.equals("validate")
              ? CliRun.of(command, f.toString())
              : CliRun.of(command, "-f", f.toString());
      assertThat(r.exitCode()).as(command).isEqualTo(Main.INVALID);
      assertThat(r.err())
          .as(command)
          .matches(
              "(?s).*"
                  + java.util.regex.Pattern.quote(f.toString())
                  + ":6:\\d+: duplicate key \"replicas\".*");
      assertThat(r.err()).as(command).doesNotContain("Exception");
    }
  }
}
