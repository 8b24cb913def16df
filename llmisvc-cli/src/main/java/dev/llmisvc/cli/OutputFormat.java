package dev.llmisvc.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code -o} choices of the commands that print documents. */
public enum OutputFormat {
  /** Multi-document YAML. */
  yaml("yaml"),
  /** Pretty-printed JSON: one object, or a {@code List} of several. */
  json("json"),
  /** The documents of {@link #json}, without pretty printing: for machines. */
  jsonCompact("json-compact");

  private final String label;

  OutputFormat(String label) {
    this.label = label;
  }

  /** Whether the output is JSON, pretty or compact. */
  boolean isJson() {
    return this != yaml;
  }

  /** The name given to {@code -o}. */
  @Override
  public String toString() {
    return label;
  }

  /** Reads {@code -o}'s value by the names shown in the help. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.label.equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "expected one of " + String.join(", ", new Candidates()) + " but was '" + value + "'");
    }
  }

  /** The names {@code -o} accepts, for the help and shell completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(OutputFormat::toString).iterator();
    }
  }
}
