package dev.llmisvc.cli;

import picocli.CommandLine.Option;

/** The {@code -o yaml|json} option of every command that prints documents. */
final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      defaultValue = "yaml",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;
}
