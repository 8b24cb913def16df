package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the gateway does when the endpoint picker does not answer. */
public enum FailureMode implements WireValue {
  /** {@code FailOpen}. */
  FAIL_OPEN("FailOpen"),
  /** {@code FailClose}. */
  FAIL_CLOSE("FailClose");

  private final String wire;

  FailureMode(String wire) {
    this.wire = wire;
  }

  @Override
  @JsonValue
  public String wire() {
    return wire;
  }

  /**
   * Reads a wire value.
   *
   * @param value the string as written in YAML or JSON
   * @return the constant
   * @throws UnknownValueException naming every allowed value when {@code value} is not one
   */
  @JsonCreator
  public static FailureMode fromWire(String value) {
    return WireValue.parse(FailureMode.class, value);
  }
}
