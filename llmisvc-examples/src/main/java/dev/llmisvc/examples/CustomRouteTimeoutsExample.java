package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;
import java.io.PrintStream;
import java.util.List;

/**
 * Custom route timeouts on the managed HTTPRoute: a reasoning model whose answers take minutes gets
 * a ten-minute request timeout on its chat endpoint and thirty seconds on everything else, written
 * as rules under {@code spec.router.route.http.spec}.
 *
 * <p>How they merge with the preset: KServe's strategic merge has no merge key for Gateway API
 * lists, so the service's {@code rules} replace the preset's rules as a whole; none of the preset's
 * rules survives, whatever their names. The HTTPRoute spec itself is an object and merges key by
 * key, so the preset's {@code parentRefs} (KServe's default Gateway) are kept. With the scheduler
 * on, the renderer then gives the InferencePool backends the API group of the v1alpha2 pool, as
 * KServe does on a first reconcile.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.CustomRouteTimeoutsExample} (or see the examples
 * page of the site).
 */
public final class CustomRouteTimeoutsExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/custom-route-timeouts/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("router.route.http.spec.rules"),
          FieldPath.parse("router.route.http.spec.parentRefs"),
          FieldPath.parse("template.containers[name=main].image"));

  private static final String NAME = "qwq-32b";
  private static final String NAMESPACE = "llm";

  private CustomRouteTimeoutsExample() {}

  /**
   * The service, built with the v1alpha2 builders; its two route rules carry the timeouts.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName(NAME).withNamespace(NAMESPACE))
        .spec(
            s ->
                s.model(m -> m.uri("hf://Qwen/QwQ-32B").name("Qwen/QwQ-32B"))
                    .replicas(2)
                    .parallelism(p -> p.tensor(2))
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToRequests("nvidia.com/gpu", new Quantity("2"))
                                .addToLimits("nvidia.com/gpu", new Quantity("2"))
                                .endResources()
                                .endContainer())
                    .router(
                        r ->
                            r.route(
                                    route ->
                                        route.http(
                                            h ->
                                                h.spec(
                                                    spec ->
                                                        spec.addToRules(
                                                            chatCompletions(), catchAll()))))
                                .gateway(g -> {})
                                .scheduler(sch -> {})))
        .build();
  }

  /** Chat completions through the pool: ten minutes for the request, a little less per try. */
  private static HTTPRouteRule chatCompletions() {
    return new HTTPRouteRuleBuilder()
        .withName("v1-chat-completions-path")
        .addNewMatch()
        .withNewPath()
        .withType("PathPrefix")
        .withValue("/" + NAMESPACE + "/" + NAME + "/v1/chat/completions")
        .endPath()
        .endMatch()
        .addNewFilter()
        .withType("URLRewrite")
        .withNewUrlRewrite()
        .withNewPath()
        .withType("ReplacePrefixMatch")
        .withReplacePrefixMatch("/v1/chat/completions")
        .endPath()
        .endUrlRewrite()
        .endFilter()
        .addNewBackendRef()
        .withGroup("inference.networking.k8s.io")
        .withKind("InferencePool")
        .withName(NAME + "-inference-pool")
        .withPort(8000)
        .withWeight(1)
        .endBackendRef()
        .withNewTimeouts()
        .withRequest("600s")
        .withBackendRequest("590s")
        .endTimeouts()
        .build();
  }

  /** Everything else (health, models, metrics) straight to the workload Service, in 30 seconds. */
  private static HTTPRouteRule catchAll() {
    return new HTTPRouteRuleBuilder()
        .withName("v1-catch-all-path")
        .addNewMatch()
        .withNewPath()
        .withType("PathPrefix")
        .withValue("/" + NAMESPACE + "/" + NAME)
        .endPath()
        .endMatch()
        .addNewFilter()
        .withType("URLRewrite")
        .withNewUrlRewrite()
        .withNewPath()
        .withType("ReplacePrefixMatch")
        .withReplacePrefixMatch("/")
        .endPath()
        .endUrlRewrite()
        .endFilter()
        .addNewBackendRef()
        .withKind("Service")
        .withName(NAME + "-kserve-workload-svc")
        .withPort(8000)
        .withWeight(1)
        .endBackendRef()
        .withNewTimeouts()
        .withRequest("30s")
        .endTimeouts()
        .build();
  }

  /**
   * The service composed against the built-in presets.
   *
   * @return the composition
   */
  public static Composition<LLMInferenceService> compose() {
    return Walkthrough.compose(build(), List.of());
  }

  /**
   * The effective service rendered as KServe's controller would on a first reconcile.
   *
   * @return the rendered objects, the objects the cluster must provide and the warnings
   */
  public static Rendering render() {
    return Walkthrough.render(compose());
  }

  /**
   * Validates, composes, renders and prints the service.
   *
   * @param out where the effective service, the origins and the rendered objects go
   * @param err where violations, a failed composition or a refused rendering go
   * @return 0 when the service is valid, composes and renders, 1 otherwise
   */
  public static int run(PrintStream out, PrintStream err) {
    return Walkthrough.run(build(), List.of(), ORIGINS, out, err);
  }

  /**
   * Validates, composes, renders and prints the service; exits 1 on any failure.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }
}
