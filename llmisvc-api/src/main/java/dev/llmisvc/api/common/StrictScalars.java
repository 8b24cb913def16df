package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The Kubernetes API server's scalar rules for the API's Jackson mappers: a string is never coerced
 * to a number or a boolean ({@code replicas: "3"} is an error, as the API server's {@code must be
 * of type integer} is), and an {@code int32} field takes only what fits in 32 bits (Jackson already
 * refuses a Java {@code int}/{@code Integer} that overflows). YAML's unquoted {@code 3} and {@code
 * true} are numbers and booleans and stay accepted.
 *
 * <p>Support for the mappers of this API; not meant to be called by users.
 */
public final class StrictScalars {
  private StrictScalars() {}

  /**
   * Configures {@code mapper} to fail instead of coercing strings to numbers or booleans.
   *
   * @param mapper the mapper, changed in place
   * @return {@code mapper}
   */
  public static ObjectMapper apply(ObjectMapper mapper) {
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    // 3.5 is not truncated to 3: the API server says "must be of type integer"
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    return mapper;
  }
}
