package dev.llmisvc.cli;

/** The {@code -o} choices of the commands that print documents. */
public enum OutputFormat {
  yaml,
  json
}
