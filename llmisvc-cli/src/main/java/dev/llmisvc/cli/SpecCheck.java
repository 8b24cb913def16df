package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.validation.LlmisvcValidator;
import java.util.List;

/** Reports the library's spec-fragment checks as command-line problem lines. */
final class SpecCheck {
  private SpecCheck() {}

  static List<String> problems(String source, ObjectNode spec) {
    return LlmisvcValidator.validateSpecFragment(spec).stream()
        .map(v -> source + ": " + ProblemLines.line(v))
        .toList();
  }
}
