package dev.llmisvc.api.yaml;

import dev.llmisvc.api.LlmisvcException;
import java.util.List;

/**
 * Inputs {@link DocumentReader} could not read: every problem at once, one line each, naming the
 * source and, where known, the line and column ({@code dir/a.yaml:7:3: duplicate key "replicas"}).
 */
public final class DocumentException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /** One line per problem. */
  private final List<String> problems;

  DocumentException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem, one line each.
   *
   * @return {@code SOURCE[:LINE[:COLUMN]]: what is wrong}
   */
  public List<String> problems() {
    return problems;
  }
}
