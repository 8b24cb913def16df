package dev.llmisvc.compose;

import dev.llmisvc.api.LlmisvcException;

/**
 * What {@link Composer#compose(com.fasterxml.jackson.databind.node.ObjectNode)} was given cannot be
 * composed at all: it is not an {@code LLMInferenceService} (an {@code LLMInferenceServiceConfig},
 * say), its {@code apiVersion} is not one KServe serves, or it nests deeper than {@link
 * Composer#MAX_DEPTH} levels. The message is one line, {@code PATH: reason}.
 */
public final class ServiceInputException extends LlmisvcException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param path the field at fault, such as {@code kind} or {@code spec.template}
   * @param reason what is wrong and what was expected
   */
  public ServiceInputException(String path, String reason) {
    super(path + ": " + reason);
    this.path = path;
    this.reason = reason;
  }

  /**
   * The field at fault.
   *
   * @return a dotted path such as {@code kind}
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong and what was expected, without the path.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
