package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** KEDA {@code fallback.behavior} (default {@code static}). */
public enum FallbackBehavior implements WireValue {
  /** {@code static}. */
  STATIC("static"),
  /** {@code currentReplicas}. */
  CURRENT_REPLICAS("currentReplicas"),
  /** {@code currentReplicasIfHigher}. */
  CURRENT_REPLICAS_IF_HIGHER("currentReplicasIfHigher"),
  /** {@code currentReplicasIfLower}. */
  CURRENT_REPLICAS_IF_LOWER("currentReplicasIfLower");

  private final String wire;

  FallbackBehavior(String wire) {
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
  public static FallbackBehavior fromWire(String value) {
    return WireValue.parse(FallbackBehavior.class, value);
  }
}
