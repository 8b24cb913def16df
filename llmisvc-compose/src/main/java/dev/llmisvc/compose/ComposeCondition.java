package dev.llmisvc.compose;

/**
 * The outcome of combining the configs, as KServe reports it in the {@code PresetsCombined}
 * condition.
 *
 * @param status {@code True} or {@code False}
 * @param reason empty on success; {@code ConfigNotFound}, {@code CombineBaseError} or {@code
 *     Stopped} otherwise
 * @param message KServe's message for the reason, empty on success
 */
public record ComposeCondition(String status, String reason, String message) {
  public static final String TYPE = "PresetsCombined";

  static ComposeCondition combined() {
    return new ComposeCondition("True", "", "");
  }

  static ComposeCondition failed(String reason, String message) {
    return new ComposeCondition("False", reason, message);
  }

  /** True when the configs were combined. */
  public boolean succeeded() {
    return status.equals("True");
  }
}
