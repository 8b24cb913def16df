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
 * URL rewrite for multi-tenant paths: one model on the shared Gateway, reached by each tenant under
 * its own prefix {@code /tenants/<tenant>/v1}. Each tenant's rule rewrites that prefix to {@code
 * /v1} with a {@code URLRewrite} filter ({@code ReplacePrefixMatch}, which Gateway API allows only
 * on a rule with exactly one {@code PathPrefix} match) and sets an {@code x-tenant} request header.
 *
 * <p>The rules replace the preset's rules as a whole (Gateway API lists have no merge key); the
 * preset's {@code parentRefs} stay. The rendered HTTPRoute carries exactly these two rules, their
 * backends the managed InferencePool.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.UrlRewriteExample} (or see the examples page of
 * the site).
 */
public final class UrlRewriteExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/url-rewrite/service.yaml";

  /** The tenants, in the order of their rules. */
  public static final List<String> TENANTS = List.of("acme", "globex");

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("router.route.http.spec.rules"),
          FieldPath.parse("router.route.http.spec.parentRefs"));

  private static final String NAME = "llama-3-8b-shared";

  private UrlRewriteExample() {}

  /**
   * The service, built with the v1alpha2 builders: one route rule per tenant.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName(NAME).withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://meta-llama/Llama-3.1-8B-Instruct")
                                .name("meta-llama/Llama-3.1-8B-Instruct"))
                    .replicas(2)
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToRequests("nvidia.com/gpu", new Quantity("1"))
                                .addToLimits("nvidia.com/gpu", new Quantity("1"))
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
                                                        spec.withRules(
                                                            TENANTS.stream()
                                                                .map(UrlRewriteExample::tenant)
                                                                .toList()))))
                                .gateway(g -> {})
                                .scheduler(sch -> {})))
        .build();
  }

  /**
   * {@code /tenants/<tenant>/v1...} rewritten to {@code /v1...}, tagged with {@code x-tenant}, sent
   * to the pool without a timeout (as the preset's rules do: generations can be long).
   */
  private static HTTPRouteRule tenant(String tenant) {
    return new HTTPRouteRuleBuilder()
        .withName("tenant-" + tenant)
        .addNewMatch()
        .withNewPath()
        .withType("PathPrefix")
        .withValue("/tenants/" + tenant + "/v1")
        .endPath()
        .endMatch()
        .addNewFilter()
        .withType("URLRewrite")
        .withNewUrlRewrite()
        .withNewPath()
        .withType("ReplacePrefixMatch")
        .withReplacePrefixMatch("/v1")
        .endPath()
        .endUrlRewrite()
        .endFilter()
        .addNewFilter()
        .withType("RequestHeaderModifier")
        .withNewRequestHeaderModifier()
        .addNewSet()
        .withName("x-tenant")
        .withValue(tenant)
        .endSet()
        .endRequestHeaderModifier()
        .endFilter()
        .addNewBackendRef()
        .withGroup("inference.networking.k8s.io")
        .withKind("InferencePool")
        .withName(NAME + "-inference-pool")
        .withPort(8000)
        .withWeight(1)
        .endBackendRef()
        .withNewTimeouts()
        .withRequest("0s")
        .withBackendRequest("0s")
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
