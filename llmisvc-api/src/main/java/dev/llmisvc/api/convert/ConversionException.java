package dev.llmisvc.api.convert;

import dev.llmisvc.api.LlmisvcException;

/**
 * A tree that cannot be converted, with the field path at fault. Thrown where KServe's Go
 * conversion would panic or fail.
 */
public final class ConversionException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * @param path the field path, as {@code field.Path.String()} renders it
   * @param message what is wrong
   */
  public ConversionException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  /** The field path at fault, e.g. {@code spec.router.scheduler.pool.spec.targetPorts}. */
  public String path() {
    return path;
  }
}
