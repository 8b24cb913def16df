package dev.llmisvc.api.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant with the exact string KServe writes for it. Reading an unknown string is an
 * error that lists every allowed value, in declaration order.
 */
public interface WireValue {
  /**
   * The value as it appears in YAML and JSON.
   *
   * @return the wire string
   */
  String wire();

  /**
   * Finds the constant whose {@link #wire()} is {@code value}.
   *
   * @param type the enum
   * @param value the wire string
   * @param <E> the enum type
   * @return the constant
   * @throws UnknownValueException when no constant matches
   */
  static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wire().equals(value)) {
        return constant;
      }
    }
    throw new UnknownValueException(
        value,
        Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.toList()));
  }
}
