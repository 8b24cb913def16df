package dev.llmisvc.api.common;

import java.util.List;

/**
 * An enumerated field holds a value KServe does not accept. The message is {@code unknown value
 * "High", expected one of [Critical, Standard, Sheddable]}.
 */
public final class UnknownValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String value;
  private final List<String> allowed;
  private final String field;

  /**
   * Creates the exception.
   *
   * @param value the rejected value
   * @param allowed every accepted value
   */
  public UnknownValueException(String value, List<String> allowed) {
    this(value, allowed, null);
  }

  /**
   * Creates the exception for a named field of the object being built (e.g. {@code apiVersion}).
   *
   * @param value the rejected value
   * @param allowed every accepted value
   * @param field the field, relative to the object that rejects it
   */
  public UnknownValueException(String value, List<String> allowed, String field) {
    super("unknown value \"" + value + "\", expected one of " + allowed);
    this.value = value;
    this.allowed = List.copyOf(allowed);
    this.field = field;
  }

  /**
   * The field, when the object that rejects the value is not the value itself.
   *
   * @return the field name relative to the rejecting object, if known
   */
  public java.util.Optional<String> field() {
    return java.util.Optional.ofNullable(field);
  }

  /**
   * The rejected value.
   *
   * @return the value as written
   */
  public String value() {
    return value;
  }

  /**
   * The accepted values.
   *
   * @return the wire strings, in declaration order
   */
  public List<String> allowed() {
    return allowed;
  }
}
