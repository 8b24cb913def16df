package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.GatewayObjectReference;
import dev.llmisvc.api.common.GatewayRoutesSpec;
import dev.llmisvc.api.common.GatewaySpec;
import dev.llmisvc.api.common.HTTPRouteSpec;
import dev.llmisvc.api.common.SchedulerConfigSpec;
import dev.llmisvc.api.v1alpha2.RouterSpec;
import dev.llmisvc.api.v1alpha2.SchedulerSpec;
import dev.llmisvc.render.model.gie.v1.InferencePool;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.List;

/**
 * Step 7, {@code validateRouterReferences} and the lookups that follow it: every Gateway,
 * HTTPRoute, InferencePool and ConfigMap the effective spec names must exist. Nothing is created
 * for them (rendering.md §3.2, §10 #1: no Gateway is ever rendered); they become {@link Required}
 * entries.
 *
 * <p>KServe checks these even for a stopped service, so they are listed then too. The parents of a
 * referenced HTTPRoute are listed when {@link
 * dev.llmisvc.render.context.ClusterFacts#liveHttpRoute} can show the route; one without parents
 * fails, as in KServe.
 */
final class ReferencedObjects implements RouterStep {
  static final String GATEWAY_API = "gateway.networking.k8s.io/v1";

  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (context.router().isEmpty()) {
      return;
    }
    RouterSpec router = context.router().get();
    String ns = context.namespace();
    List<GatewayObjectReference> gatewayRefs =
        router.gateway().map(GatewaySpec::refs).orElse(List.of());
    for (int i = 0; i < gatewayRefs.size(); i++) {
      GatewayObjectReference ref = gatewayRefs.get(i);
      output.require(
          new Required(
              GATEWAY_API,
              "Gateway",
              ref.namespace().filter(n -> !n.isEmpty()).orElse(ns),
              ref.name().orElse(""),
              "spec.router.gateway.refs[" + i + "]: the route attaches to it"));
    }
    HTTPRouteSpec http = router.route().flatMap(GatewayRoutesSpec::http).orElse(null);
    if (http != null) {
      for (int i = 0; i < http.refs().size(); i++) {
        String route = http.refs().get(i).get().getName();
        output.require(
            new Required(
                GATEWAY_API,
                "HTTPRoute",
                ns,
                route,
                "spec.router.route.http.refs[" + i + "]: used instead of a managed route"));
        int index = i;
        context
            .facts()
            .liveHttpRoute(ns, route)
            .ifPresent(live -> requireParents(context, output, live, index));
      }
      if (http.spec().isPresent()) {
        List<ParentReference> parents = http.spec().get().get().getParentRefs();
        for (int i = 0; i < parents.size(); i++) {
          ParentReference parent = parents.get(i);
          String parentNs = parent.getNamespace();
          output.require(
              new Required(
                  GATEWAY_API,
                  "Gateway",
                  parentNs == null || parentNs.isEmpty() ? ns : parentNs,
                  parent.getName(),
                  "spec.router.route.http.spec.parentRefs["
                      + i
                      + "]: parent of the managed HTTPRoute"));
        }
      }
    }
    context
        .poolRef()
        .ifPresent(
            pool ->
                output.require(
                    new Required(
                        InferencePool.API_VERSION,
                        "InferencePool",
                        ns,
                        pool,
                        "spec.router.scheduler.pool.ref: the route's backend; KServe reads its"
                            + " status")));
    context
        .scheduler()
        .flatMap(SchedulerSpec::config)
        .flatMap(SchedulerConfigSpec::ref)
        .map(Embedded::get)
        .map(ConfigMapKeySelector::getName)
        .ifPresent(
            name ->
                output.require(
                    new Required(
                        "v1",
                        "ConfigMap",
                        ns,
                        name,
                        "spec.router.scheduler.config.ref: scheduler config, normally resolved"
                            + " while composing")));
  }

  /**
   * KServe checks that a referenced route has parents and that each parent Gateway exists; known
   * only when the facts can show the route.
   */
  private static void requireParents(
      RouterContext context, RouterOutput output, HTTPRoute route, int index) {
    String path = "spec.router.route.http.refs[" + index + "]";
    List<ParentReference> parents =
        route.getSpec() == null ? List.of() : route.getSpec().getParentRefs();
    if (parents.isEmpty()) {
      throw new RouterRenderException(
          context.ref(),
          path,
          "HTTPRoute "
              + context.namespace()
              + "/"
              + route.getMetadata().getName()
              + " has no parent gateway references");
    }
    for (ParentReference parent : parents) {
      String parentNs = parent.getNamespace();
      output.require(
          new Required(
              GATEWAY_API,
              "Gateway",
              parentNs == null || parentNs.isEmpty() ? context.namespace() : parentNs,
              parent.getName(),
              path + ": parent of the referenced HTTPRoute " + route.getMetadata().getName()));
    }
  }
}
