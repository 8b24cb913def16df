package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.llmisvc.api.common.WireValue;

/** KV cache eviction policy ({@code kvCacheOffloading.evictionPolicy}, default {@code lru}). */
public enum EvictionPolicy implements WireValue {
  /** {@code lru}. */
  LRU("lru"),
  /** {@code arc}. */
  ARC("arc");

  private final String wire;

  EvictionPolicy(String wire) {
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
  public static EvictionPolicy fromWire(String value) {
    return WireValue.parse(EvictionPolicy.class, value);
  }
}
