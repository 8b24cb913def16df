package dev.llmisvc.render.internal.router;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What the router side renders for one service: the objects in KServe's creation order, what the
 * cluster must already hold, and warnings about what this renderer could not reproduce.
 */
public final class RouterRendering {
  private final List<HasMetadata> objects;
  private final List<Required> required;
  private final List<String> warnings;

  RouterRendering(List<HasMetadata> objects, List<Required> required, List<String> warnings) {
    this.objects = List.copyOf(objects);
    this.required = List.copyOf(required);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The objects, in KServe's creation order (rendering.md §0.1 steps 8 and 9). The list is
   * immutable; the objects are fresh and belong to the caller.
   *
   * @return the objects, empty for a service without router or a stopped one
   */
  public List<HasMetadata> objects() {
    return objects;
  }

  /**
   * Objects the cluster must provide (referenced Gateways, HTTPRoutes, InferencePool, scheduler
   * ConfigMap, named ServiceAccounts), in the order KServe looks them up.
   *
   * @return the requirements, empty when there are none
   */
  public List<Required> required() {
    return required;
  }

  /**
   * Places where this renderer knowingly differs from KServe's output or needs cluster state it was
   * not given, and problems KServe itself only logs (a scheduler template missing a named port).
   *
   * @return the warnings, empty when there are none
   */
  public List<String> warnings() {
    return warnings;
  }
}
