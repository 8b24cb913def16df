package dev.llmisvc.render.internal.router;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * §4.16 step 2 (§10 #2): the API group of the default-pool backends. It is {@code
 * inference.networking.x-k8s.io} (v1alpha2) until the live route shows the switch to v1 is safe:
 * annotation {@code serving.kserve.io/inference-pool-migrated: "v1"}, or its status shows a Gateway
 * resolved a v1 backend, or rejected the v1alpha2 one with {@code InvalidKind}. The v1 choice is
 * then recorded in that annotation, a one-way lock. It does not depend on whether the v1alpha2 pool
 * is rendered.
 */
final class PoolBackendGroup {
  static final String MIGRATED_ANNOTATION = "serving.kserve.io/inference-pool-migrated";
  static final String V1_GROUP = "inference.networking.k8s.io";
  static final String V1ALPHA2_GROUP = "inference.networking.x-k8s.io";

  private PoolBackendGroup() {}

  /** Sets the group of the default-pool backends of {@code route}; true when it chose v1. */
  static boolean apply(RouterContext context, HTTPRoute route) {
    Optional<HTTPRoute> live =
        context.facts().liveHttpRoute(context.namespace(), route.getMetadata().getName());
    boolean v1 = live.map(PoolBackendGroup::migrated).orElse(false);
    String group = v1 ? V1_GROUP : V1ALPHA2_GROUP;
    for (HTTPRouteRule rule : route.getSpec().getRules()) {
      for (HTTPBackendRef ref : rule.getBackendRefs()) {
        if ("InferencePool".equals(ref.getKind())
            && context.defaultPoolName().equals(ref.getName())) {
          ref.setGroup(group);
        }
      }
    }
    return v1;
  }

  private static boolean migrated(HTTPRoute live) {
    Map<String, String> annotations = live.getMetadata().getAnnotations();
    if (annotations != null && "v1".equals(annotations.get(MIGRATED_ANNOTATION))) {
      return true;
    }
    return (usesPool(live, V1_GROUP) && backendSupported(live) == Boolean.TRUE)
        || (usesPool(live, V1ALPHA2_GROUP) && backendSupported(live) == Boolean.FALSE);
  }

  private static boolean usesPool(HTTPRoute route, String group) {
    if (route.getSpec() == null) {
      return false;
    }
    for (HTTPRouteRule rule : route.getSpec().getRules()) {
      for (HTTPBackendRef ref : rule.getBackendRefs()) {
        if (group.equals(ref.getGroup()) && "InferencePool".equals(ref.getKind())) {
          return true;
        }
      }
    }
    return false;
  }

  /** TRUE: a matching parent resolved refs; FALSE: only InvalidKind rejections; null: unknown. */
  private static Boolean backendSupported(HTTPRoute route) {
    if (route.getStatus() == null || route.getStatus().getParents().isEmpty()) {
      return null;
    }
    boolean invalidKind = false;
    for (RouteParentStatus parent : route.getStatus().getParents()) {
      if (!parentMatchesSpec(route, parent)) {
        continue;
      }
      Condition resolved =
          parent.getConditions().stream()
              .filter(c -> "ResolvedRefs".equals(c.getType()))
              .findFirst()
              .orElse(null);
      if (resolved == null) {
        continue;
      }
      if ("False".equals(resolved.getStatus()) && "InvalidKind".equals(resolved.getReason())) {
        invalidKind = true;
        continue;
      }
      return Boolean.TRUE;
    }
    return invalidKind ? Boolean.FALSE : null;
  }

  private static boolean parentMatchesSpec(HTTPRoute route, RouteParentStatus parent) {
    List<ParentReference> specRefs = route.getSpec().getParentRefs();
    if (specRefs.isEmpty()) {
      return true;
    }
    ParentReference status = parent.getParentRef();
    if (status == null) {
      return false;
    }
    String routeNs = route.getMetadata().getNamespace();
    for (ParentReference spec : specRefs) {
      if (Objects.equals(spec.getName(), status.getName())
          && Objects.equals(
              orDefault(spec.getNamespace(), routeNs), orDefault(status.getNamespace(), routeNs))
          && Objects.equals(
              orDefault(spec.getSectionName(), ""), orDefault(status.getSectionName(), ""))) {
        return true;
      }
    }
    return false;
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
