package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.common.GatewayRoutesSpec;
import dev.llmisvc.api.v1alpha2.RouterSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import java.util.ArrayList;
import java.util.List;

/**
 * §4.16, routing groups ({@code route.group}): KServe replaces the backends of every shared rule (a
 * rule with a backend of this service that is not a per-service path {@code /<ns>/<n>[/...]}) by
 * one weighted backend per group member, sorted by name. Each member's backend is its pool ref
 * (v1alpha2 group), else the pool its status reports, else its workload Service, all on port 8000,
 * with the member's {@code route.weight}.
 *
 * <p>This renderer knows the service itself only, on a first reconcile (no status): its backend is
 * the pool ref or the workload Service. Peers need their live state; when the facts report any, the
 * route is rendered with this service's backend alone and a warning.
 */
final class RoutingGroupBackends {
  private RoutingGroupBackends() {}

  static void apply(RouterContext context, RouterOutput output, HTTPRoute route, String group) {
    if (!context
        .facts()
        .routingGroupMembers(context.namespace(), group, context.name())
        .isEmpty()) {
      output.warn(
          "HTTPRoute: routing group \""
              + group
              + "\" has other members; their weighted backends come from their live status and"
              + " are not rendered");
    }
    int weight =
        context.router().flatMap(RouterSpec::route).flatMap(GatewayRoutesSpec::weight).orElse(0);
    HTTPBackendRef self =
        context
            .poolRef()
            .map(
                pool ->
                    new HTTPBackendRefBuilder()
                        .withGroup(PoolBackendGroup.V1ALPHA2_GROUP)
                        .withKind("InferencePool")
                        .withName(pool)
                        .withPort(8000)
                        .withWeight(weight)
                        .build())
            .orElseGet(
                () ->
                    new HTTPBackendRefBuilder()
                        .withKind("Service")
                        .withName(context.childName("-kserve-workload-svc"))
                        .withPort(8000)
                        .withWeight(weight)
                        .build());
    String ownPrefix = "/" + context.namespace() + "/" + context.name();
    for (HTTPRouteRule rule : route.getSpec().getRules()) {
      if (perService(rule, ownPrefix) || !hasOwnBackend(context, rule)) {
        continue;
      }
      List<HTTPBackendRef> refs = new ArrayList<>();
      refs.add(new HTTPBackendRefBuilder(self).build());
      rule.setBackendRefs(refs);
    }
  }

  private static boolean perService(HTTPRouteRule rule, String prefix) {
    for (HTTPRouteMatch m : rule.getMatches()) {
      if (m.getPath() == null || m.getPath().getValue() == null) {
        continue;
      }
      String path = m.getPath().getValue();
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }

  /** A backend KServe manages for this service: default pool, workload Service, or pool ref. */
  private static boolean hasOwnBackend(RouterContext context, HTTPRouteRule rule) {
    for (HTTPBackendRef ref : rule.getBackendRefs()) {
      String kind = ref.getKind() == null ? "Service" : ref.getKind();
      if (kind.equals("InferencePool") && context.defaultPoolName().equals(ref.getName())) {
        return true;
      }
      if (kind.equals("Service")
          && context.childName("-kserve-workload-svc").equals(ref.getName())) {
        return true;
      }
      if (kind.equals("InferencePool")
          && context.poolRef().map(p -> p.equals(ref.getName())).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
