package dev.llmisvc.render.internal.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** One workload render step: appends the objects of its feature, or nothing when it is off. */
public interface WorkloadStep {
  /**
   * A short name for messages, e.g. {@code workload-service}.
   *
   * @return the name
   */
  String name();

  /**
   * Appends this step's objects.
   *
   * @param ctx the rendering
   * @param out the objects rendered so far, in creation order
   */
  void render(RenderContext ctx, List<HasMetadata> out);
}
