package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** KEDA {@code scalingModifiers.metricType}. */
public enum MetricType implements WireValue {
  /** {@code AverageValue}. */
  AVERAGE_VALUE("AverageValue"),
  /** {@code Value}. */
  VALUE("Value");

  private final String wire;

  MetricType(String wire) {
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
  public static MetricType fromWire(String value) {
    return WireValue.parse(MetricType.class, value);
  }
}
