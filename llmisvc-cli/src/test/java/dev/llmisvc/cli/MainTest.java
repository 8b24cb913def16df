package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpPrintsUsageAndExitsZero() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: llmisvc");
  }

  @Test
  void versionNamesTheKServeCompatibilityTarget() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("aaac4e2");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitTwo() {
    CliRun run = CliRun.of("--frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").doesNotContain("Exception");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "validate",
        "merge",
        "template",
        "compose",
        "explain",
        "presets",
        "presets list",
        "presets show"
      })
  void everyCommandHasHelpAndVersion(String command) {
    String[] words = command.split(" ");
    String[] help = java.util.Arrays.copyOf(words, words.length + 1);
    help[words.length] = "--help";
    String[] version = help.clone();
    version[words.length] = "--version";
    CliRun h = CliRun.of(help);
    assertThat(h.exitCode()).isZero();
    assertThat(h.out()).contains("Usage: llmisvc " + command);
    CliRun v = CliRun.of(version);
    assertThat(v.exitCode()).isZero();
    assertThat(v.out()).contains("aaac4e2");
  }

  @Test
  void aCommandLineBuiltForOneSubcommandPrintsWhatTheFullOneDoes() {
    picocli.CommandLine full = Main.commandLine();
    assertThat(full.getSubcommands().keySet())
        .containsExactly(
            "validate", "merge", "template", "compose", "render", "explain", "diff", "presets");
    for (String name : full.getSubcommands().keySet()) {
      picocli.CommandLine one = Main.commandLineFor(new String[] {name, "--help"});
      assertThat(one.getSubcommands().keySet()).containsExactly(name);
      assertThat(one.getSubcommands().get(name).getUsageMessage())
          .as(name)
          .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
    }
    // --version alone needs none, and prints the same
    for (String v : new String[] {"--version", "-V"}) {
      picocli.CommandLine bare = Main.commandLineFor(new String[] {v});
      assertThat(bare.getSubcommands()).isEmpty();
      java.io.StringWriter a = new java.io.StringWriter();
      java.io.StringWriter b = new java.io.StringWriter();
      bare.printVersionHelp(new java.io.PrintWriter(a, true));
      full.printVersionHelp(new java.io.PrintWriter(b, true));
      assertThat(a.toString()).isEqualTo(b.toString()).contains("KServe compatibility");
    }
    // anything else (an option first, a typo, no arguments) gets every subcommand
    for (String[] args : new String[][] {{}, {"--stacktrace", "compose"}, {"compse"}, {"--help"}}) {
      assertThat(Main.commandLineFor(args).getSubcommands()).hasSize(8);
    }
  }
}
