package dev.llmisvc.compose.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Config files or directories could not be used; the message names each file and problem, one per
 * line, e.g. {@code configs/gpu.yaml:7:3: duplicate key "replicas": a key may appear once per
 * object}.
 */
public class ConfigFileException extends ConfigSourceException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final List<String> problems;

  /**
   * One problem with one file.
   *
   * @param file the file (or directory) at fault
   * @param problem what is wrong with it
   * @param cause the underlying error, may be {@code null}
   */
  public ConfigFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problems = List.of(file + ": " + problem);
  }

  /**
   * Problems the document reader found, each already naming its file.
   *
   * @param problems {@code FILE[:LINE[:COLUMN]]: problem}, at least one
   * @param cause the reader's exception
   */
  ConfigFileException(List<String> problems, Throwable cause) {
    super(String.join("\n", problems), cause);
    this.problems = List.copyOf(problems);
    String first = problems.get(0);
    int colon = first.indexOf(':');
    this.file = Path.of(colon < 0 ? first : first.substring(0, colon));
  }

  /**
   * The (first) file at fault.
   *
   * @return its path
   */
  public Path file() {
    return file;
  }

  /**
   * Every problem, one line each, each naming its file.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
