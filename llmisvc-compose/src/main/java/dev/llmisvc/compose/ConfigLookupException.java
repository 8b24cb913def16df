package dev.llmisvc.compose;

import dev.llmisvc.api.LlmisvcException;

/**
 * Looking up an LLMInferenceServiceConfig failed for a reason other than "not found"; the message
 * is KServe's: {@code failed to get LLMInferenceServiceConfig <ns>/<name>: <err>} when the service
 * namespace lookup failed, {@code failed to get LLMInferenceServiceConfig "<name>" from namespaces
 * ["<svcNs>", "<systemNs>"]: <err>} when the system namespace lookup failed.
 */
public class ConfigLookupException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message KServe's text @param cause the source's error
   */
  public ConfigLookupException(String message, Throwable cause) {
    super(message, cause);
  }
}
