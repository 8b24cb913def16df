package dev.llmisvc.api.schema;

/**
 * The type of a Go struct field, as far as serialisation, merging and templating care.
 *
 * <p>Parsed from the type column of a {@code *.types} table: {@code *T}, {@code []T}, {@code
 * map[string]T}, a scalar, a special type, or the name of a struct of the table.
 */
public sealed interface GoType {

  /** {@code string}, {@code bool}, {@code int32}, {@code int64} or {@code float64}. */
  record Scalar(String name) implements GoType {
    /** True for the numeric kinds. */
    public boolean numeric() {
      return !name.equals("string") && !name.equals("bool");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code *T}. */
  record Pointer(GoType element) implements GoType {
    @Override
    public String toString() {
      return "*" + element;
    }
  }

  /** {@code []T}. */
  record Slice(GoType element) implements GoType {
    @Override
    public String toString() {
      return "[]" + element;
    }
  }

  /** {@code map[string]T}. */
  record MapOf(GoType element) implements GoType {
    @Override
    public String toString() {
      return "map[string]" + element;
    }
  }

  /**
   * Types with their own JSON form: {@code Quantity}, {@code IntOrString}, {@code RawExtension},
   * {@code URL}, {@code Time}, {@code JSON}.
   */
  record Special(String name) implements GoType {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A struct declared in the table, by its qualified name (e.g. {@code core.PodSpec}). */
  record Named(String name) implements GoType {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The type with every pointer removed ({@code **T} gives {@code T}). */
  default GoType dereferenced() {
    GoType t = this;
    while (t instanceof Pointer p) {
      t = p.element();
    }
    return t;
  }

  /** Parses a type expression of the table. */
  static GoType parse(String text) {
    if (text.startsWith("*")) {
      return new Pointer(parse(text.substring(1)));
    }
    if (text.startsWith("[]")) {
      return new Slice(parse(text.substring(2)));
    }
    if (text.startsWith("map[string]")) {
      return new MapOf(parse(text.substring("map[string]".length())));
    }
    return switch (text) {
      case "string", "bool", "int32", "int64", "float64" -> new Scalar(text);
      case "Quantity", "IntOrString", "RawExtension", "URL", "Time", "JSON" -> new Special(text);
      default -> {
        if (!text.contains(".")) {
          throw new IllegalArgumentException("unknown Go type " + text);
        }
        yield new Named(text);
      }
    };
  }
}
