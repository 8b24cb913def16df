package dev.llmisvc.compose;

import dev.llmisvc.api.LlmisvcException;
import java.util.List;

/**
 * Asked for the effective service of a composition whose configs could not be combined; carries
 * KServe's reason and message ({@code ConfigNotFound}, {@code CombineBaseError}, {@code
 * InvalidRenderedConfig}) and every config found nowhere.
 */
public final class CompositionFailedException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /** The service's name. */
  private final String service;

  /** The service's namespace. */
  private final String namespace;

  /** KServe's condition reason. */
  private final String reason;

  /** The configs the service asked for that exist nowhere. */
  private final List<String> missingConfigs;

  CompositionFailedException(
      String service, String namespace, ComposeCondition condition, List<String> missing) {
    super(
        "composition of "
            + namespace
            + "/"
            + service
            + " failed: "
            + condition.reason()
            + ": "
            + condition.message());
    this.service = service;
    this.namespace = namespace;
    this.reason = condition.reason();
    this.missingConfigs = List.copyOf(missing);
  }

  /**
   * The service's name.
   *
   * @return {@code metadata.name}
   */
  public String service() {
    return service;
  }

  /**
   * The service's namespace.
   *
   * @return {@code metadata.namespace}
   */
  public String namespace() {
    return namespace;
  }

  /**
   * KServe's reason: {@code ConfigNotFound}, {@code CombineBaseError} or {@code
   * InvalidRenderedConfig}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Every config the service asked for that was found nowhere.
   *
   * @return the names; empty unless the reason is {@code ConfigNotFound}
   */
  public List<String> missingConfigs() {
    return missingConfigs;
  }
}
