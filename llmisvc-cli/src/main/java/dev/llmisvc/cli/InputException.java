package dev.llmisvc.cli;

import java.util.List;

/**
 * Bad input the user can fix: the command prints its lines on standard error and exits with 1. Each
 * line already names the file, the field path and what was expected.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  public InputException(String line) {
    this(List.of(line));
  }

  public InputException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  /** The lines to print, one problem per line. */
  public List<String> lines() {
    return lines;
  }
}
