package dev.llmisvc.cli;

import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.validation.Violation;
import java.util.List;

/** Validation errors as the CLI prints them: {@code FILE: PATH: message}, one per line. */
final class ProblemLines {
  private ProblemLines() {}

  static List<String> of(String source, ValidationResult result) {
    return result.errors().stream().map(v -> source + ": " + line(v)).toList();
  }

  /**
   * The API server words an unknown field {@code unknown field "spec.x"}; the CLI keeps its
   * path-first form so every line reads {@code PATH: message}.
   */
  static String line(Violation v) {
    return v.type() == Violation.Type.UNKNOWN_FIELD ? v.path() + ": unknown field" : v.render();
  }
}
