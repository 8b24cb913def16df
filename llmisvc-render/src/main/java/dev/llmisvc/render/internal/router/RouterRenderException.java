package dev.llmisvc.render.internal.router;

/**
 * KServe would fail the router step here: the effective spec or the cluster facts do not allow the
 * objects to be built. The message names the service, the field and the reason.
 */
public final class RouterRenderException extends dev.llmisvc.api.LlmisvcException {
  private static final long serialVersionUID = 1L;

  private final String service;
  private final String fieldPath;
  private final String reason;

  /**
   * A failure.
   *
   * @param service {@code <namespace>/<name>} of the LLMInferenceService
   * @param fieldPath the field of the effective spec at fault, e.g. {@code
   *     spec.router.scheduler.template.serviceAccountName}
   * @param reason what is wrong
   */
  public RouterRenderException(String service, String fieldPath, String reason) {
    super(service + ": " + fieldPath + ": " + reason);
    this.service = service;
    this.fieldPath = fieldPath;
    this.reason = reason;
  }

  /**
   * The service.
   *
   * @return {@code <namespace>/<name>}
   */
  public String service() {
    return service;
  }

  /**
   * The field at fault.
   *
   * @return a dotted path from the resource root
   */
  public String fieldPath() {
    return fieldPath;
  }

  /**
   * What is wrong.
   *
   * @return the reason, without the service and path
   */
  public String reason() {
    return reason;
  }
}
