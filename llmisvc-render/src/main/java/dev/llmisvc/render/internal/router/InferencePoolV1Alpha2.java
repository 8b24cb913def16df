package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.settings.ControllerSettings.InferencePoolVersion;
import dev.llmisvc.render.internal.Children;
import dev.llmisvc.render.model.gie.v1.EndpointPickerRef;
import dev.llmisvc.render.model.gie.v1alpha2.Extension;
import dev.llmisvc.render.model.gie.v1alpha2.InferencePool;
import dev.llmisvc.render.model.gie.v1alpha2.InferencePoolSpec;

/**
 * §4.15: the same pool in {@code inference.networking.x-k8s.io/v1alpha2}, rendered only when the
 * settings say that CRD is installed. The spec is the Inference Extension's v1 → v1alpha2
 * conversion: the selector flattened to a map, the first target port, and {@code extensionRef} with
 * {@code kind} and {@code failureMode} always present.
 */
final class InferencePoolV1Alpha2 implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()
        || !context.settings().inferencePoolVersions().contains(InferencePoolVersion.V1ALPHA2)) {
      return;
    }
    dev.llmisvc.render.model.gie.v1.InferencePool v1 = InferencePoolV1.pool(context);
    InferencePool pool = new InferencePool();
    pool.setMetadata(
        Children.meta(context.svc(), "-inference-pool", context.schedulerLabels()).build());
    if (v1.getSpec() != null) {
      var spec = v1.getSpec();
      if (spec.targetPorts().isEmpty()) {
        throw new RouterRenderException(
            context.ref(),
            "spec.router.scheduler.pool.spec.targetPorts",
            "a v1alpha2 InferencePool needs a target port");
      }
      EndpointPickerRef epp = spec.endpointPickerRef();
      Extension ext =
          epp == null
              ? new Extension(null, "", "", null, "")
              : new Extension(
                  epp.group(),
                  epp.kind() == null ? "" : epp.kind(),
                  epp.name() == null ? "" : epp.name(),
                  epp.port() == null ? null : epp.port().number(),
                  epp.failureMode() == null ? "" : epp.failureMode());
      pool.setSpec(
          new InferencePoolSpec(
              spec.selector() == null || spec.selector().matchLabels().isEmpty()
                  ? null
                  : spec.selector().matchLabels(),
              spec.targetPorts().get(0).number(),
              ext));
    }
    output.add(pool);
  }
}
