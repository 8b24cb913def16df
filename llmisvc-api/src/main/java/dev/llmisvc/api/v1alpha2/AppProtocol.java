package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.llmisvc.api.common.WireValue;

/** Protocol of the InferencePool target ports. */
public enum AppProtocol implements WireValue {
  /** {@code http}. */
  HTTP("http"),
  /** {@code kubernetes.io/h2c}. */
  H2C("kubernetes.io/h2c");

  private final String wire;

  AppProtocol(String wire) {
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
  public static AppProtocol fromWire(String value) {
    return WireValue.parse(AppProtocol.class, value);
  }
}
