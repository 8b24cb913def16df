package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.llmisvc.api.common.WireValue;

/** Scheduling criticality of a model (v1alpha1 only). */
public enum Criticality implements WireValue {
  /** {@code Critical}. */
  CRITICAL("Critical"),
  /** {@code Standard}. */
  STANDARD("Standard"),
  /** {@code Sheddable}. */
  SHEDDABLE("Sheddable");

  private final String wire;

  Criticality(String wire) {
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
   * @throws dev.llmisvc.api.common.UnknownValueException naming every allowed value when {@code
   *     value} is not one
   */
  @JsonCreator
  public static Criticality fromWire(String value) {
    return WireValue.parse(Criticality.class, value);
  }
}
