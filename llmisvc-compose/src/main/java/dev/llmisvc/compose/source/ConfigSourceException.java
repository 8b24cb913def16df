package dev.llmisvc.compose.source;

import dev.llmisvc.api.LlmisvcException;

/**
 * A source could not answer a lookup for a reason other than "not found" (an API error, an
 * unreadable file). Not found is never an exception: lookups return an empty {@code Optional}.
 */
public class ConfigSourceException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, worded to follow a {@code ": "} in a longer message
   */
  public ConfigSourceException(String message) {
    super(message);
  }

  /**
   * @param message what failed @param cause the underlying error
   */
  public ConfigSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
