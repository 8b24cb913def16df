package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.api.LlmisvcException;
import java.util.Optional;

/**
 * A template of a config failed to parse, to execute, or produced text that is not JSON. Carries
 * the config, the field path of the string holding the failing action (for example {@code
 * spec.template.containers[0].args[1]}) and the failing expression, besides Go's own message.
 */
public final class TemplateException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /** Which step failed, matching KServe's three error prefixes. */
  public enum Stage {
    /** {@code failed to parse template config}. */
    PARSE,
    /** {@code failed to merge config} (execution). */
    EXECUTE,
    /** {@code failed to unmarshal config from template}. */
    UNMARSHAL
  }

  private final String configName;
  private final Stage stage;
  private final String fieldPath;
  private final String expression;
  private final String goMessage;

  TemplateException(
      String configName,
      Stage stage,
      Optional<String> fieldPath,
      String expression,
      String goMessage) {
    super(format(configName, stage, fieldPath, goMessage));
    this.configName = configName;
    this.stage = stage;
    this.fieldPath = fieldPath.orElse(null);
    this.expression = expression;
    this.goMessage = goMessage;
  }

  private static String format(String config, Stage stage, Optional<String> path, String go) {
    return "config "
        + GoQuote.quote(config)
        + path.map(p -> ", field " + p).orElse("")
        + ": "
        + kserveMessage(stage, go);
  }

  private static String kserveMessage(Stage stage, String go) {
    String prefix =
        switch (stage) {
          case PARSE -> "failed to parse template config: ";
          case EXECUTE -> "failed to merge config: ";
          case UNMARSHAL -> "failed to unmarshal config from template: ";
        };
    return prefix + go;
  }

  /**
   * The error as KServe words it: the stage's prefix and Go's message, e.g. {@code failed to merge
   * config: template: config:1:23: executing "config" at <...>: ...}, without the config and field
   * this exception's own message starts with.
   *
   * @return KServe's message
   */
  public String kserveMessage() {
    return kserveMessage(stage, goMessage);
  }

  /** The name of the config being rendered. */
  public String configName() {
    return configName;
  }

  /** The step that failed. */
  public Stage stage() {
    return stage;
  }

  /** The path of the JSON string holding the failing action, when it lies inside one. */
  public Optional<String> fieldPath() {
    return Optional.ofNullable(fieldPath);
  }

  /**
   * The failing expression as Go quotes it after {@code at <...>} (e.g. {@code
   * .Spec.Parallelism.Expert}), or the action around a parse error; empty for unmarshal errors.
   */
  public String expression() {
    return expression;
  }

  /** Go's message alone, e.g. {@code template: config:1:23: executing "config" at <...>: ...}. */
  public String goMessage() {
    return goMessage;
  }
}
