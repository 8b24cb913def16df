package dev.llmisvc.render.context;

import dev.llmisvc.api.LlmisvcException;

/**
 * An effective spec KServe's controller refuses while it renders, such as a {@code gs://} model URI
 * or a named ServiceAccount that does not exist. Carries the service, the field and the reason; its
 * message reads {@code <namespace>/<name>: <field>: <reason>}.
 *
 * <pre>{@code
 * try {
 *   Renderer.render(service);
 * } catch (RenderException e) {
 *   System.err.println(e.field() + ": " + e.reason());
 * }
 * }</pre>
 */
public class RenderException extends LlmisvcException {
  private static final long serialVersionUID = 1L;

  /** The service's namespace. */
  private final String namespace;

  /** The service's name. */
  private final String serviceName;

  /** The field path. */
  private final String field;

  /** Why rendering failed. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param namespace the service's namespace
   * @param serviceName the service's name
   * @param field the field path, e.g. {@code spec.model.uri}
   * @param reason why rendering failed
   */
  public RenderException(String namespace, String serviceName, String field, String reason) {
    super(namespace + "/" + serviceName + ": " + field + ": " + reason);
    this.namespace = namespace;
    this.serviceName = serviceName;
    this.field = field;
    this.reason = reason;
  }

  /**
   * The service's namespace.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The service's name.
   *
   * @return the name
   */
  public String serviceName() {
    return serviceName;
  }

  /**
   * The field of the effective spec the failure is about.
   *
   * @return a dotted path, e.g. {@code spec.model.uri}
   */
  public String field() {
    return field;
  }

  /**
   * Why rendering failed.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
