package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.v1alpha2.WorkloadSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multi-node ServiceAccounts (rendering.md §4.6): {@code <n>-kserve-mn} when {@code worker} is
 * set, with Role {@code <n>-kserve-mn-role} and RoleBinding {@code <n>-kserve-mn-rb} when the
 * leader or worker template has the routing sidecar; {@code <n>-kserve-mn-prefill} when {@code
 * prefill.worker} is set (no Role for it). These carry only the name and part-of labels (§10 #7).
 */
final class MultiNodeAccess implements WorkloadStep {
  @Override
  public String name() {
    return "multi-node-access";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    // KServe fetches a named account on every reconcile, multi-node or not: a missing one fails.
    requireNamed(ctx, Variant.MAIN);
    if (ctx.spec().prefill().isPresent()) {
      requireNamed(ctx, Variant.PREFILL);
    }
    if (ctx.spec().worker().isPresent()) {
      String chosen = account(ctx, Variant.MAIN, out);
      WorkloadSpec w = ctx.spec().workload();
      if (Accounts.hasRoutingSidecar(w.template().map(t -> t.get()))
          || Accounts.hasRoutingSidecar(w.worker().map(t -> t.get()))) {
        out.add(Accounts.sidecarRole(ctx, "-kserve-mn-role", labels(ctx)));
        out.add(
            Accounts.sidecarBinding(ctx, "-kserve-mn-rb", labels(ctx), "-kserve-mn-role", chosen));
      }
    }
    Optional<WorkloadSpec> prefill = ctx.spec().prefill();
    if (prefill.isPresent() && prefill.get().worker().isPresent()) {
      account(ctx, Variant.PREFILL, out);
    }
  }

  private static void requireNamed(RenderContext ctx, Variant variant) {
    String chosen = Accounts.multiNode(ctx, variant);
    if (!chosen.equals(Children.name(ctx.svc(), variant.lwsSuffix()))) {
      Accounts.requireNamed(ctx, chosen, variant.path() + ".template.serviceAccountName");
    }
  }

  private static String account(RenderContext ctx, Variant variant, List<HasMetadata> out) {
    String chosen = Accounts.multiNode(ctx, variant);
    if (chosen.equals(Children.name(ctx.svc(), variant.lwsSuffix()))) {
      out.add(Accounts.generated(ctx, variant.lwsSuffix(), labels(ctx)));
    }
    return chosen;
  }

  static Map<String, String> labels(RenderContext ctx) {
    Map<String, String> l = new LinkedHashMap<>();
    l.put(Children.NAME, ctx.name());
    l.put(Children.PART_OF, Children.PART_OF_VALUE);
    return l;
  }
}
