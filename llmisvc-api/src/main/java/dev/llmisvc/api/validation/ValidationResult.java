package dev.llmisvc.api.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything a validation found, at once: the errors (which would reject the request) and the
 * warnings (which KServe's webhooks return alongside an accepted request).
 *
 * @param errors the errors, in the order the API server and the webhook produce them
 * @param warnings the admission warnings, as KServe words them
 */
public record ValidationResult(List<Violation> errors, List<String> warnings) {

  public ValidationResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** A result with neither errors nor warnings. */
  public static ValidationResult ok() {
    return new ValidationResult(List.of(), List.of());
  }

  /** True when there is no error (warnings do not count). */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** Each error rendered as {@link Violation#render()}. */
  public List<String> messages() {
    return errors.stream().map(Violation::render).collect(Collectors.toList());
  }
}
