package dev.llmisvc.cli;

import picocli.CommandLine.Option;

/** The {@code -o yaml|json|json-compact} option of every command that prints documents. */
final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      defaultValue = "yaml",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json prints one"
              + " object as itself and several as a List, pretty-printed; json-compact prints the"
              + " same without pretty printing, for machines.")
  OutputFormat format;
}
