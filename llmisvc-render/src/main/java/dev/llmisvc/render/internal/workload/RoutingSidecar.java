package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.InferencePoolSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Optional;

/**
 * The P/D routing sidecar (rendering.md §5.5): the init container {@code llm-d-routing-sidecar}
 * gets {@code INFERENCE_POOL_NAME} (the referenced pool, else {@code <n>-inference-pool}) when the
 * service has a router. Applied to the main Deployment and the main LWS templates only; prefill
 * workloads never get it.
 */
final class RoutingSidecar {
  private RoutingSidecar() {}

  static void apply(RenderContext ctx, PodSpec pod) {
    if (ctx.spec().router().isEmpty() || pod.getInitContainers() == null) {
      return;
    }
    for (Container c : pod.getInitContainers()) {
      if (Accounts.ROUTING_SIDECAR.equals(c.getName())) {
        // Appended, not replaced, as KServe does: a preset's own value would stay first.
        PodSpecs.env(c).add(new EnvVar("INFERENCE_POOL_NAME", poolName(ctx), null));
        return;
      }
    }
  }

  static String poolName(RenderContext ctx) {
    Optional<String> ref =
        ctx.spec()
            .router()
            .flatMap(r -> r.scheduler())
            .flatMap(s -> s.pool())
            .flatMap(InferencePoolSpec::ref)
            .map(r -> r.get().getName())
            .filter(n -> n != null && !n.isEmpty());
    return ref.orElse(ChildName.of(ctx.name(), "-inference-pool"));
  }
}
