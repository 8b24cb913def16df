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
}
