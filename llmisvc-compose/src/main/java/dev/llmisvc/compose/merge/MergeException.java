package dev.llmisvc.compose.merge;

import dev.llmisvc.api.LlmisvcException;

/**
 * A layer that KServe's strategic merge rejects: a keyed list item without its merge key, or two
 * objects or lists under the same key inside a {@code RawExtension} ({@code
 * scheduler.config.inline}).
 */
public final class MergeException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  private final String layerId;
  private final String path;
  private final String reason;

  MergeException(String layerId, String path, String reason) {
    super(layerId + ": " + (path.isEmpty() ? "spec" : path) + ": " + reason);
    this.layerId = layerId;
    this.path = path;
    this.reason = reason;
  }

  /** The id of the layer whose patch failed. */
  public String layerId() {
    return layerId;
  }

  /**
   * Where it failed, in {@link Provenance} path syntax ({@code router.scheduler.config.inline}).
   */
  public String path() {
    return path;
  }

  /** KServe's (apimachinery's) own wording of the failure. */
  public String reason() {
    return reason;
  }
}
