package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * A referenced Gateway: {@code spec.router.gateway.refs} names the platform's existing Gateway
 * {@code gateways/ai-gateway} and its listener {@code https}, instead of {@code gateway: {}}, which
 * attaches the route to KServe's configured default Gateway.
 *
 * <p>The preset still supplies the managed route; after the merge KServe replaces its {@code
 * parentRefs} with one entry per ref ({@code group}, {@code kind: Gateway}, {@code name}, {@code
 * namespace}, {@code sectionName}). KServe never creates a Gateway: the rendering has no Gateway
 * object and lists {@code gateways/ai-gateway} in {@link Rendering#required()}.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.ReferencedGatewayExample} (or see the examples
 * page of the site).
 */
public final class ReferencedGatewayExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/referenced-gateway/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("router.gateway.refs"),
          FieldPath.parse("router.route.http.spec.parentRefs"));

  private ReferencedGatewayExample() {}

  /**
   * The service, built with the v1alpha2 builders, naming the Gateway and its listener.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("mistral-7b").withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://mistralai/Mistral-7B-Instruct-v0.3")
                                .name("mistralai/Mistral-7B-Instruct-v0.3"))
                    .replicas(1)
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
                            r.route(route -> {})
                                .gateway(
                                    g ->
                                        g.addRefs(
                                            ref ->
                                                ref.name("ai-gateway")
                                                    .namespace("gateways")
                                                    .sectionName("https")))
                                .scheduler(sch -> {})))
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
