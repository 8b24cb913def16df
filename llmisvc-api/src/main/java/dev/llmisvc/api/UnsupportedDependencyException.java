package dev.llmisvc.api;

/**
 * The Jackson or fabric8 on the class path is older than the library supports, or its Jackson
 * modules are of different versions. The message names what was found, what is required, and
 * recommends importing {@code com.fasterxml.jackson:jackson-bom}.
 */
public final class UnsupportedDependencyException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was found and what is required
   */
  public UnsupportedDependencyException(String message) {
    super(message);
  }
}
