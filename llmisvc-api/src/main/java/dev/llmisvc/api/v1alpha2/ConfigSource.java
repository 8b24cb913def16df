package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.llmisvc.api.common.WireValue;

/** Why a config was applied ({@code status.appliedConfigs[].source}). */
public enum ConfigSource implements WireValue {
  /** {@code Preset}. */
  PRESET("Preset"),
  /** {@code UserRef}. */
  USER_REF("UserRef");

  private final String wire;

  ConfigSource(String wire) {
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
  public static ConfigSource fromWire(String value) {
    return WireValue.parse(ConfigSource.class, value);
  }
}
