package dev.llmisvc.compose;

/**
 * The outcome of combining the configs, as KServe reports it in the {@code PresetsCombined}
 * condition, and what llmisvc adds to it.
 *
 * @param status {@code True} or {@code False}
 * @param reason empty on success; {@code ConfigNotFound}, {@code CombineBaseError}, {@code
 *     InvalidRenderedConfig} or {@code Stopped} otherwise
 * @param message KServe's message for the reason, word for word; empty on success
 * @param detail what KServe's message leaves out, when there is something: for a template failure,
 *     the config and field holding the failing action and the layer that wrote it (KServe names
 *     only a position in its own rendering of the merged config)
 */
public record ComposeCondition(
    String status, String reason, String message, java.util.Optional<String> detail) {
  public static final String TYPE = "PresetsCombined";

  /**
   * A condition without detail.
   *
   * @param status {@code True} or {@code False}
   * @param reason the reason
   * @param message KServe's message
   */
  public ComposeCondition(String status, String reason, String message) {
    this(status, reason, message, java.util.Optional.empty());
  }

  static ComposeCondition combined() {
    return new ComposeCondition("True", "", "");
  }

  static ComposeCondition failed(String reason, String message) {
    return new ComposeCondition("False", reason, message);
  }

  static ComposeCondition failed(String reason, String message, String detail) {
    return new ComposeCondition(
        "False", reason, message, java.util.Optional.ofNullable(detail).filter(d -> !d.isEmpty()));
  }

  /** True when the configs were combined. */
  public boolean succeeded() {
    return status.equals("True");
  }

  /**
   * One line for people: {@code reason: message}, then the detail in parentheses when there is one.
   *
   * @return the line; empty on success
   */
  public String describe() {
    if (succeeded()) {
      return "";
    }
    return reason + ": " + message + detail.map(d -> " (" + d + ")").orElse("");
  }
}
