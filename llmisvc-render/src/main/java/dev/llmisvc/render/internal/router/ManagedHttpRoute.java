package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.common.GatewayRoutesSpec;
import dev.llmisvc.api.common.HTTPRouteSpec;
import dev.llmisvc.api.v1alpha2.RouterSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * §4.16: the HTTPRoute {@code <n>-kserve-route}, rendered from {@code router.route.http.spec} (not
 * with {@code refs}, never when stopped). Router labels, plus {@code
 * serving.kserve.io/routing-group} for a routing group; no {@code spec.labels}. The spec is the
 * composed one after {@link ModelBasedRouting} and, with a managed scheduler, {@link
 * PoolBackendGroup}.
 *
 * <p>In a routing group, {@link RoutingGroupBackends} then rewrites the shared rules' backends.
 */
final class ManagedHttpRoute implements RouterStep {
  static final String ROUTING_GROUP_LABEL = "serving.kserve.io/routing-group";

  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (context.stopped()) {
      return;
    }
    Optional<GatewayRoutesSpec> route = context.router().flatMap(RouterSpec::route);
    Optional<io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec> spec =
        route.flatMap(GatewayRoutesSpec::http).flatMap(HTTPRouteSpec::spec).map(e -> e.get());
    if (spec.isEmpty()) {
      return;
    }
    Map<String, String> labels = Children.labels(context.svc(), RouterComponents.ROUTER);
    // KServe labels whenever group is set, even to "" (RouterSpec.HasGroup checks for nil only).
    Optional<String> group = route.flatMap(GatewayRoutesSpec::group);
    group.ifPresent(g -> labels.put(ROUTING_GROUP_LABEL, g));
    HTTPRoute httpRoute =
        new HTTPRouteBuilder()
            .withMetadata(Children.meta(context.svc(), "-kserve-route", labels).build())
            .withSpec(spec.get())
            .build();

    String header = context.settings().modelBasedRoutingHeaderName();
    if (ModelBasedRouting.enabled(context)) {
      ModelBasedRouting.expandLora(context, httpRoute.getSpec().getRules(), header);
    } else {
      List<HTTPRouteRule> rules = ModelBasedRouting.strip(httpRoute.getSpec().getRules(), header);
      httpRoute.getSpec().setRules(rules);
    }

    if (context.scheduler().isPresent() && context.poolRef().isEmpty()) {
      if (PoolBackendGroup.apply(context, httpRoute)) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(PoolBackendGroup.MIGRATED_ANNOTATION, "v1");
        httpRoute.getMetadata().setAnnotations(annotations);
      }
    }

    group.ifPresent(g -> RoutingGroupBackends.apply(context, output, httpRoute, g));
    output.add(httpRoute);
  }
}
