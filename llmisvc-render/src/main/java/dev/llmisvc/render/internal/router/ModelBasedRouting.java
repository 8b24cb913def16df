package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.GatewayObjectReference;
import dev.llmisvc.api.common.GatewayRoutesSpec;
import dev.llmisvc.api.common.GatewaySpec;
import dev.llmisvc.api.settings.ControllerSettings.ModelBasedRoutingMode;
import dev.llmisvc.api.v1alpha2.LLMModelSpec;
import dev.llmisvc.api.v1alpha2.LoRASpec;
import dev.llmisvc.api.v1alpha2.RouterSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatchBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * §4.16 step 1: the header-match rules of model-based routing. When it is on, each match on the
 * routing header is copied once per LoRA adapter (sorted by name) with the value {@code
 * publishers/<ns>/models/<adapter>}; when it is off, matches on the header go and so does every
 * rule left without matches (a rule that had none to begin with too).
 */
final class ModelBasedRouting {
  static final String ENABLED_ANNOTATION = "serving.kserve.io/model-based-routing-enabled";

  private ModelBasedRouting() {}

  /**
   * On iff a header name is configured, {@code spec.annotations} opts in with {@code "true"}, and
   * the mode is {@code forced}, or {@code enabled} with no referenced Gateway annotated {@code
   * "false"}. The Gateways looked at are those of {@code gateway.refs} and, only when there are
   * such refs, the parents of the referenced routes the facts can show. A Gateway the facts do not
   * know counts as no opt-out, as KServe falls back to "on" when it cannot read all of them.
   */
  static boolean enabled(RouterContext context) {
    if (context.settings().modelBasedRoutingHeaderName().isEmpty()
        || !"true".equals(context.svc().spec().annotations().get(ENABLED_ANNOTATION))) {
      return false;
    }
    ModelBasedRoutingMode mode = context.settings().modelBasedRoutingMode();
    if (mode == ModelBasedRoutingMode.DISABLED) {
      return false;
    }
    if (mode == ModelBasedRoutingMode.FORCED) {
      return true;
    }
    List<GatewayObjectReference> refs =
        context.router().flatMap(RouterSpec::gateway).map(GatewaySpec::refs).orElse(List.of());
    if (refs.isEmpty()) {
      return true;
    }
    List<Gateway> gateways = new ArrayList<>();
    // KServe also looks at the parents of the referenced routes it can find.
    List<String> routeRefs =
        context
            .router()
            .flatMap(RouterSpec::route)
            .flatMap(GatewayRoutesSpec::http)
            .map(h -> h.refs().stream().map(r -> r.get().getName()).toList())
            .orElse(List.of());
    for (String routeName : routeRefs) {
      Optional<HTTPRoute> route = context.facts().liveHttpRoute(context.namespace(), routeName);
      if (route.isEmpty() || route.get().getSpec() == null) {
        continue;
      }
      for (ParentReference parent : route.get().getSpec().getParentRefs()) {
        String ns =
            parent.getNamespace() == null || parent.getNamespace().isEmpty()
                ? context.namespace()
                : parent.getNamespace();
        Optional<Gateway> gw = context.facts().gateway(ns, parent.getName());
        if (gw.isEmpty()) {
          return true;
        }
        gateways.add(gw.get());
      }
    }
    for (GatewayObjectReference ref : refs) {
      String ns = ref.namespace().filter(n -> !n.isEmpty()).orElse(context.namespace());
      Optional<Gateway> gw = context.facts().gateway(ns, ref.name().orElse(""));
      if (gw.isEmpty()) {
        // KServe fails to collect the Gateways and falls back to the mode, which is "enabled".
        return true;
      }
      gateways.add(gw.get());
    }
    for (Gateway gw : gateways) {
      Map<String, String> annotations = gw.getMetadata().getAnnotations();
      if (annotations != null && "false".equals(annotations.get(ENABLED_ANNOTATION))) {
        return false;
      }
    }
    return true;
  }

  /** Removes the matches on {@code header} and the rules left with none. */
  static List<HTTPRouteRule> strip(List<HTTPRouteRule> rules, String header) {
    if (header.isEmpty()) {
      return rules;
    }
    List<HTTPRouteRule> kept = new ArrayList<>();
    for (HTTPRouteRule rule : rules) {
      List<HTTPRouteMatch> matches = new ArrayList<>();
      for (HTTPRouteMatch m : rule.getMatches()) {
        if (!onHeader(m, header)) {
          matches.add(m);
        }
      }
      if (!matches.isEmpty()) {
        rule.setMatches(matches);
        kept.add(rule);
      }
    }
    return kept;
  }

  /** Appends, to each rule, a copy of every match on {@code header} per named adapter. */
  static void expandLora(RouterContext context, List<HTTPRouteRule> rules, String header) {
    List<String> adapters = adapterNames(context);
    if (header.isEmpty() || adapters.isEmpty()) {
      return;
    }
    for (HTTPRouteRule rule : rules) {
      List<HTTPRouteMatch> added = new ArrayList<>();
      for (HTTPRouteMatch m : rule.getMatches()) {
        if (!onHeader(m, header)) {
          continue;
        }
        for (String adapter : adapters) {
          HTTPRouteMatch copy = new HTTPRouteMatchBuilder(m).build();
          List<HTTPHeaderMatch> headers = new ArrayList<>();
          for (HTTPHeaderMatch h : m.getHeaders()) {
            HTTPHeaderMatch hc = new HTTPHeaderMatch(h.getName(), h.getType(), h.getValue());
            if (header.equals(h.getName())) {
              hc.setValue("publishers/" + context.namespace() + "/models/" + adapter);
            }
            headers.add(hc);
          }
          copy.setHeaders(headers);
          added.add(copy);
        }
      }
      if (!added.isEmpty()) {
        List<HTTPRouteMatch> all = new ArrayList<>(rule.getMatches());
        all.addAll(added);
        rule.setMatches(all);
      }
    }
  }

  /** The named adapters of {@code model.lora.adapters}, sorted by name. */
  private static List<String> adapterNames(RouterContext context) {
    List<String> names = new ArrayList<>();
    context
        .svc()
        .spec()
        .model()
        .flatMap(LLMModelSpec::lora)
        .map(LoRASpec::adapters)
        .orElse(List.of())
        .stream()
        .map(Embedded::get)
        .map(a -> a.path("name"))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .forEach(names::add);
    names.sort(Comparator.naturalOrder());
    return names;
  }

  private static boolean onHeader(HTTPRouteMatch m, String header) {
    return m.getHeaders().stream().anyMatch(h -> header.equals(h.getName()));
  }
}
