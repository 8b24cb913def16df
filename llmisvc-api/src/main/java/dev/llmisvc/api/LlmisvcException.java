package dev.llmisvc.api;

/**
 * The root of every exception the library throws for input it cannot accept or a result it cannot
 * give: a parse error, a conversion that loses data, a missing config, a merge, template or
 * post-merge failure, a failed composition, a render error. Unchecked; each subclass carries the
 * data a caller needs (file, line, field path, layer, expression) besides the one-line message.
 *
 * <pre>{@code
 * try {
 *   renderer.render(composer.compose(service));
 * } catch (LlmisvcException e) {
 *   log.warn("{} is not deployable: {}", service.metadata().get().getName(), e.getMessage());
 * }
 * }</pre>
 */
public abstract class LlmisvcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line saying what is wrong and where
   */
  protected LlmisvcException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message one line saying what is wrong and where
   * @param cause the underlying exception, may be null
   */
  protected LlmisvcException(String message, Throwable cause) {
    super(message, cause);
  }
}
