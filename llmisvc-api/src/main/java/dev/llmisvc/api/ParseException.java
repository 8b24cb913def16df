package dev.llmisvc.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input that does not fit the model: bad YAML, an unknown field inside {@code spec}, a value of the
 * wrong type, an enum value KServe does not accept, a missing required field.
 *
 * <p>{@link #getMessage()} is one line, {@code <path>: <reason>}, e.g. {@code
 * spec.model.criticality: unknown value "High", expected one of [Critical, Standard, Sheddable]};
 * {@link #describe()} prefixes the file and position for command line output.
 */
public final class ParseException extends LlmisvcException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param file the file, or empty
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param path field path such as {@code spec.template.containers[0].image}; empty for the
   *     document
   * @param reason what is wrong, without the path
   * @param cause the underlying exception, may be null
   */
  public ParseException(
      Optional<String> file, int line, int column, String path, String reason, Throwable cause) {
    super((path.isEmpty() ? "" : path + ": ") + reason, cause);
    this.file = file.orElse(null);
    this.line = line;
    this.column = column;
    this.path = path;
    this.reason = reason;
  }

  /**
   * The same error, attributed to a file.
   *
   * @param file the file name
   * @return a new exception
   */
  public ParseException withFile(String file) {
    return new ParseException(Optional.of(file), line, column, path, reason, getCause());
  }

  /**
   * The file the input came from.
   *
   * @return the file, if known
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The 1-based line of the offending field or token.
   *
   * @return the line, if known
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The 1-based column of the offending field or token.
   *
   * @return the column, if known
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * The field path, dotted with indexes: {@code spec.template.containers[0].imagee}.
   *
   * @return the path; empty when the error is not about a field
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, without the path.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The message with file and position, {@code file:line:column: path: reason}.
   *
   * @return a one-line description for people
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (file != null) {
      b.append(file).append(':');
    }
    if (line > 0) {
      b.append(line).append(':').append(column).append(':');
    }
    return (b.length() == 0 ? "" : b.append(' ').toString()) + getMessage();
  }
}
