package dev.llmisvc.compose.internal.postmerge;

import dev.llmisvc.api.LlmisvcException;

/**
 * A post-merge step failed; the message is KServe's text for that failure (KServe reports it with
 * reason {@code CombineBaseError}).
 */
public class PostMergeException extends LlmisvcException {
  private static final long serialVersionUID = 1L;
  private final String step;

  /**
   * @param step the failing step's name @param message KServe's error text
   */
  public PostMergeException(String step, String message) {
    super(message);
    this.step = step;
  }

  /**
   * @param step the failing step's name @param message KServe's text @param cause the cause
   */
  public PostMergeException(String step, String message, Throwable cause) {
    super(message, cause);
    this.step = step;
  }

  /** The name of the step that failed. */
  public String step() {
    return step;
  }
}
