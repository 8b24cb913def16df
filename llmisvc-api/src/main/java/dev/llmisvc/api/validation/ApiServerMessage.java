package dev.llmisvc.api.validation;

import dev.llmisvc.api.GoQuote;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The message the API server returns for rejected field errors ({@code apierrors.NewInvalid}).
 *
 * <p>Two kinds of {@link Violation} do not come back this way from a real API server: unknown
 * fields (strict decoding answers {@code strict decoding error: unknown field "spec.x"}) and plain
 * webhook errors (answered as {@code admission webhook "<name>" denied the request: <message>}).
 * They are rendered here inside the same list so one line can report everything.
 *
 * <pre>{@code
 * ApiServerMessage.format("LLMInferenceService", "my-llm", result.errors());
 * // LLMInferenceService.serving.kserve.io "my-llm" is invalid: spec.scaling: Required value: ...
 * }</pre>
 */
public final class ApiServerMessage {
  private ApiServerMessage() {}

  /**
   * {@code <Kind>.serving.kserve.io "<name>" is invalid: <error>} for one error, {@code [<error>,
   * <error>]} for several; with no error, the message Kubernetes prints for an empty list.
   *
   * @param kind {@code LLMInferenceService} or {@code LLMInferenceServiceConfig}
   * @param name the object's name
   * @param violations the field errors
   */
  public static String format(String kind, String name, List<Violation> violations) {
    String prefix = kind + ".serving.kserve.io " + GoQuote.quote(name) + " is invalid";
    if (violations.isEmpty()) {
      return prefix;
    }
    if (violations.size() == 1) {
      return prefix + ": " + violations.get(0).render();
    }
    return prefix
        + ": ["
        + violations.stream().map(Violation::render).collect(Collectors.joining(", "))
        + "]";
  }
}
