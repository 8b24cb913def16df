package dev.llmisvc.compose.source;

import dev.llmisvc.api.LlmisvcException;
import java.nio.file.Path;

/**
 * A config file or directory could not be used; the message names the file and the problem, e.g.
 * {@code configs/gpu.yaml: document 2: LLMInferenceServiceConfig has no metadata.name}.
 */
public class ConfigFileException extends LlmisvcException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String problem;

  /**
   * @param file the file (or directory) at fault
   * @param problem what is wrong with it
   * @param cause the underlying error, may be {@code null}
   */
  public ConfigFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** What is wrong with it, without the file name. */
  public String problem() {
    return problem;
  }
}
