package dev.llmisvc.compose;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.api.LlmisvcException;
import java.util.List;

/**
 * An LLMInferenceServiceConfig was in neither the service namespace nor the system namespace.
 * KServe reports this as condition {@code PresetsCombined=False}, reason {@code ConfigNotFound},
 * with exactly this message: {@code LLMInferenceServiceConfig "<name>" not found in namespaces
 * [<svcNs> <systemNs>]}.
 */
public class ConfigNotFoundException extends LlmisvcException {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final List<String> namespaces;

  /**
   * @param name the config name asked for
   * @param namespaces the namespaces searched, in order
   */
  public ConfigNotFoundException(String name, List<String> namespaces) {
    super(
        "LLMInferenceServiceConfig "
            + GoQuote.quote(name)
            + " not found in namespaces ["
            + String.join(" ", namespaces)
            + "]");
    this.name = name;
    this.namespaces = List.copyOf(namespaces);
  }

  /** The config name asked for. */
  public String name() {
    return name;
  }

  /** The namespaces searched, service namespace first. */
  public List<String> namespaces() {
    return namespaces;
  }
}
