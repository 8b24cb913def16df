package dev.llmisvc.api.settings;

import dev.llmisvc.api.LlmisvcException;
import java.util.List;

/** A settings file that cannot be read: every problem at once, each naming the file and key. */
public final class SettingsException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /** One line per problem: {@code FILE: KEY: what was expected}. */
  private final List<String> problems;

  SettingsException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem, one line each.
   *
   * @return {@code FILE: KEY: what was expected}
   */
  public List<String> problems() {
    return problems;
  }
}
