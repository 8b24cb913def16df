package dev.llmisvc.examples;

import static dev.llmisvc.examples.ExampleTests.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteFilter;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The examples about the router, one nested class each: custom route timeouts, URL rewrite for
 * multi-tenant paths, a referenced Gateway and the scheduler turned off. As in {@link
 * ExampleTests}, each pins the effective service and the rendered objects with golden files and
 * asserts, on the typed fabric8 objects, the facts that explain them.
 */
class RouterExamplesTest {
  @Nested
  class CustomRouteTimeouts {
    private final Composition<LLMInferenceService> c = CustomRouteTimeoutsExample.compose();
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(CustomRouteTimeoutsExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("custom-route-timeouts", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("custom-route-timeouts", r);
    }

    @Test
    void theServiceRulesReplaceThePresetRulesWholeAndThePresetParentsStay() {
      HTTPRouteSpec effective = routeSpec(c);
      // v1-chat-completions-path is also a preset rule's name; names do not matter, the list is
      // replaced, so the preset's other ten rules are gone
      assertThat(effective.getRules())
          .extracting(HTTPRouteRule::getName)
          .containsExactly("v1-chat-completions-path", "v1-catch-all-path");
      assertThat(ExampleTests.origin(c, "router.route.http.spec.rules"))
          .isEqualTo("LLMInferenceService:llm/qwq-32b");
      assertThat(ExampleTests.origin(c, "router.route.http.spec.parentRefs"))
          .isEqualTo("Preset:kserve/kserve-config-llm-router-route (templated)");
    }

    @Test
    void renderedRouteCarriesTheTimeoutsOnTheDefaultGateway() {
      HTTPRoute route = ExampleTests.route(r);
      assertThat(route.getSpec().getRules())
          .extracting(
              rule -> rule.getName(),
              rule -> rule.getTimeouts().getRequest(),
              rule -> rule.getTimeouts().getBackendRequest())
          .containsExactly(
              tuple("v1-chat-completions-path", "600s", "590s"),
              tuple("v1-catch-all-path", "30s", null));
      assertThat(ExampleTests.parents(route)).containsExactly("kserve/kserve-ingress-gateway");
      // the managed scheduler stays: the pool backend gets the v1alpha2 group on a first render
      assertThat(route.getSpec().getRules().get(0).getBackendRefs())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.getKind()).isEqualTo("InferencePool");
                assertThat(b.getGroup()).isEqualTo("inference.networking.x-k8s.io");
              });
      assertThat(ExampleTests.objects(r)).contains("InferencePool/qwq-32b-inference-pool");
    }
  }

  @Nested
  class UrlRewrite {
    private final Composition<LLMInferenceService> c = UrlRewriteExample.compose();
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(UrlRewriteExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("url-rewrite", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("url-rewrite", r);
    }

    @Test
    void oneRulePerTenantRewritingItsPrefixAndTaggingTheTenant() {
      HTTPRoute route = ExampleTests.route(r);
      assertThat(route.getSpec().getRules()).hasSize(UrlRewriteExample.TENANTS.size());
      for (int i = 0; i < UrlRewriteExample.TENANTS.size(); i++) {
        String tenant = UrlRewriteExample.TENANTS.get(i);
        HTTPRouteRule rule = route.getSpec().getRules().get(i);
        assertThat(rule.getName()).isEqualTo("tenant-" + tenant);
        assertThat(rule.getMatches())
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.getPath().getType()).isEqualTo("PathPrefix");
                  assertThat(m.getPath().getValue()).isEqualTo("/tenants/" + tenant + "/v1");
                });
        assertThat(rule.getFilters())
            .extracting(HTTPRouteFilter::getType)
            .containsExactly("URLRewrite", "RequestHeaderModifier");
        assertThat(rule.getFilters().get(0).getUrlRewrite().getPath().getReplacePrefixMatch())
            .isEqualTo("/v1");
        assertThat(rule.getFilters().get(1).getRequestHeaderModifier().getSet())
            .singleElement()
            .satisfies(
                h -> {
                  assertThat(h.getName()).isEqualTo("x-tenant");
                  assertThat(h.getValue()).isEqualTo(tenant);
                });
        assertThat(rule.getBackendRefs())
            .singleElement()
            .satisfies(b -> assertThat(b.getName()).isEqualTo("llama-3-8b-shared-inference-pool"));
      }
      assertThat(ExampleTests.parents(route)).containsExactly("kserve/kserve-ingress-gateway");
    }
  }

  @Nested
  class ReferencedGateway {
    private final Composition<LLMInferenceService> c = ReferencedGatewayExample.compose();
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(ReferencedGatewayExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("referenced-gateway", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("referenced-gateway", r);
    }

    @Test
    void gatewayRefsReplaceThePresetParentRefsAfterTheMerge() {
      assertThat(routeSpec(c).getParentRefs())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.getGroup()).isEqualTo("gateway.networking.k8s.io");
                assertThat(p.getKind()).isEqualTo("Gateway");
                assertThat(p.getName()).isEqualTo("ai-gateway");
                assertThat(p.getNamespace()).isEqualTo("gateways");
                assertThat(p.getSectionName()).isEqualTo("https");
              });
      assertThat(
              c.origin(FieldPath.parse("router.route.http.spec.parentRefs"))
                  .flatMap(FieldOrigin::step))
          .contains("gateway-parent-refs");
    }

    @Test
    void theDryRunAfterTheMergeWarnsThatParentRefsAreDerived() {
      // KServe dry-runs the merged spec through its webhook: the parentRefs just derived from
      // gateway.refs match them, which the webhook accepts with this warning (the controller logs
      // it)
      assertThat(c.warnings())
          .containsExactly(
              "spec.router.route.http.spec.parentRefs can be omitted when"
                  + " spec.router.gateway.refs is set; parentRefs will be derived automatically"
                  + " from gateway refs");
      assertThat(Walkthrough.validate(ReferencedGatewayExample.build())).isEmpty();
    }

    @Test
    void noGatewayIsRenderedItIsRequiredFromTheCluster() {
      assertThat(ExampleTests.objects(r)).noneMatch(o -> o.startsWith("Gateway/"));
      assertThat(ExampleTests.parents(ExampleTests.route(r)))
          .containsExactly("gateways/ai-gateway");
      assertThat(r.required())
          .filteredOn(o -> o.kind().equals("Gateway"))
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.namespace() + "/" + o.name()).isEqualTo("gateways/ai-gateway");
                assertThat(o.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
                assertThat(o.reason()).startsWith("spec.router.gateway.refs[0]");
              });
      // the preset's default Gateway is no longer a parent, so it is not required either
      assertThat(ExampleTests.required(r)).doesNotContain("Gateway kserve/kserve-ingress-gateway");
    }
  }

  @Nested
  class SchedulerOff {
    private final Composition<LLMInferenceService> c = SchedulerOffExample.compose();
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(SchedulerOffExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("scheduler-off", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("scheduler-off", r);
    }

    @Test
    void noSchedulerPresetNoPoolNoEndpointPicker() {
      assertThat(ExampleTests.ids(c))
          .containsExactly(
              "Preset:kserve/kserve-config-llm-router-route",
              "Preset:kserve/kserve-config-llm-template");
      assertThat(ExampleTests.objects(r))
          .containsExactly(
              "Deployment/qwen2-7b-no-scheduler-kserve",
              "Service/qwen2-7b-no-scheduler-kserve-workload-svc",
              "HTTPRoute/qwen2-7b-no-scheduler-kserve-route");
      assertThat(r.objects()).noneMatch(o -> o.getKind().equals("InferencePool"));
    }

    @Test
    void everyRouteBackendIsTheWorkloadService() {
      HTTPRoute route = ExampleTests.route(r);
      assertThat(route.getSpec().getRules()).hasSize(12);
      assertThat(ExampleTests.backends(route))
          .allSatisfy(
              b -> {
                assertThat(b.getKind()).isEqualTo("Service");
                assertThat(b.getName()).isEqualTo("qwen2-7b-no-scheduler-kserve-workload-svc");
                assertThat(b.getPort()).isEqualTo(8000);
              });
      assertThat(
              c.origin(FieldPath.parse("router.route.http.spec.rules")).flatMap(FieldOrigin::step))
          .contains("workload-service-backend");
      assertThat(
              object(r, Deployment.class, "qwen2-7b-no-scheduler-kserve").getSpec().getReplicas())
          .isEqualTo(3);
    }
  }

  /** The managed route's spec in the effective service. */
  private static HTTPRouteSpec routeSpec(Composition<LLMInferenceService> c) {
    return c.effective()
        .spec()
        .router()
        .flatMap(router -> router.route())
        .flatMap(route -> route.http())
        .flatMap(http -> http.spec())
        .orElseThrow()
        .get();
  }
}
