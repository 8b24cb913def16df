package dev.llmisvc.render.internal.workload;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * ServiceAccount {@code <n>-kserve}, Role {@code <n>-kserve-role} and RoleBinding {@code
 * <n>-kserve-rb} (rendering.md §4.3): when {@code spec.template} has the init container {@code
 * llm-d-routing-sidecar}, whatever the topology (KServe evaluates it even when the main workload is
 * a LeaderWorkerSet, §3.1). The account is skipped when the template names another one, which must
 * exist; the binding then binds that one.
 */
final class SingleNodeAccess implements WorkloadStep {
  @Override
  public String name() {
    return "single-node-access";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    String generated = Children.name(ctx.svc(), "-kserve");
    String chosen = Accounts.singleNode(ctx);
    if (!chosen.equals(generated)) {
      // KServe fetches a named account before it looks for the sidecar: a missing one fails.
      Accounts.requireNamed(ctx, chosen, "spec.template.serviceAccountName");
    }
    if (!Accounts.hasRoutingSidecar(ctx.spec().template().map(t -> t.get()))) {
      return;
    }
    Map<String, String> labels = Children.labels(ctx.svc(), Variant.MAIN.component());
    if (chosen.equals(generated)) {
      out.add(Accounts.generated(ctx, "-kserve", labels));
    }
    out.add(Accounts.sidecarRole(ctx, "-kserve-role", labels));
    out.add(Accounts.sidecarBinding(ctx, "-kserve-rb", labels, "-kserve-role", chosen));
  }
}
