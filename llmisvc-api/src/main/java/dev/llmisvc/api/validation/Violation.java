package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.GoQuote;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One validation error, shaped like Kubernetes' {@code field.Error}: the field path as {@code
 * field.Path.String()} renders it, the error type, the offending value (when the type shows one)
 * and the detail in KServe's or the API server's wording.
 *
 * <pre>{@code
 * Violation v = Violation.invalid("spec.scaling.minReplicas", IntNode.valueOf(5),
 *     "minReplicas (5) cannot exceed maxReplicas (2)");
 * v.render(); // spec.scaling.minReplicas: Invalid value: 5: minReplicas (5) cannot exceed ...
 * }</pre>
 *
 * @param path the field path ({@code spec.model.lora.adapters[1].name}, {@code
 *     metadata.annotations[serving.kserve.io/exp-dra-device-count]}); empty for a plain error
 * @param type the error type
 * @param value the bad value as Go's {@code field.Error} prints it ({@code "High"}, {@code 5},
 *     {@code "object"}); empty for types that print no value
 * @param detail the message
 */
public record Violation(String path, Type type, Optional<String> value, String detail) {

  /** The error types of {@code k8s.io/apimachinery/pkg/util/validation/field}, plus two more. */
  public enum Type {
    /** {@code field.Invalid}. */
    INVALID("Invalid value"),
    /** {@code field.Required}. */
    REQUIRED("Required value"),
    /** {@code field.Forbidden}. */
    FORBIDDEN("Forbidden"),
    /** {@code field.NotSupported}: enums, and KServe's immutability check. */
    NOT_SUPPORTED("Unsupported value"),
    /** {@code field.TypeInvalid}: a JSON value of the wrong type. */
    TYPE_INVALID("Invalid value"),
    /** {@code field.TooLong}: {@code maxLength}. */
    TOO_LONG("Too long"),
    /** {@code field.TooMany}: {@code maxItems}, {@code maxProperties}. */
    TOO_MANY("Too many"),
    DUPLICATE("Duplicate value"),
    /** A field the schema does not declare (strict field validation). */
    UNKNOWN_FIELD("unknown field"),
    /** A plain error without a field (KServe's DELETE protection, template errors). */
    ERROR("");

    private final String text;

    Type(String text) {
      this.text = text;
    }

    /** The type as {@code field.ErrorType.String()} prints it. */
    public String text() {
      return text;
    }
  }

  public Violation {
    value = value == null ? Optional.empty() : value;
  }

  /** {@code field.Invalid(path, value, detail)}. */
  public static Violation invalid(String path, JsonNode value, String detail) {
    return new Violation(path, Type.INVALID, Optional.of(GoValue.render(value)), detail);
  }

  /** {@code field.Required(path, detail)}. */
  public static Violation required(String path, String detail) {
    return new Violation(path, Type.REQUIRED, Optional.empty(), detail);
  }

  /** {@code field.Forbidden(path, detail)}. */
  public static Violation forbidden(String path, String detail) {
    return new Violation(path, Type.FORBIDDEN, Optional.empty(), detail);
  }

  /** {@code field.NotSupported(path, value, supported)}: detail lists the supported values. */
  public static Violation notSupported(String path, JsonNode value, List<String> supported) {
    String detail =
        supported.isEmpty()
            ? ""
            : "supported values: "
                + supported.stream().map(GoQuote::quote).collect(Collectors.joining(", "));
    return new Violation(path, Type.NOT_SUPPORTED, Optional.of(GoValue.render(value)), detail);
  }

  /** A field the schema does not declare. */
  public static Violation unknownField(String path) {
    return new Violation(path, Type.UNKNOWN_FIELD, Optional.empty(), "");
  }

  /** A plain error without a field path. */
  public static Violation error(String message) {
    return new Violation("", Type.ERROR, Optional.empty(), message);
  }

  /**
   * The error as {@code field.Error.Error()} prints it: {@code <path>: <Type>[: <value>][:
   * <detail>]}; an unknown field as the API server's strict decoding does ({@code unknown field
   * "spec.replica"}); a plain error as its message.
   */
  public String render() {
    return switch (type) {
      case ERROR -> detail;
      case UNKNOWN_FIELD -> "unknown field " + GoQuote.quote(path);
      default -> path + ": " + body();
    };
  }

  /** {@code field.Error.ErrorBody()}: the rendering without the path. */
  public String body() {
    StringBuilder s = new StringBuilder(type.text());
    value.ifPresent(v -> s.append(": ").append(v));
    if (!detail.isEmpty()) {
      s.append(": ").append(detail);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
