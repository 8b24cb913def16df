package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * Managed dynamic resource allocation: the annotation {@code
 * serving.kserve.io/exp-dra-device-class} makes the post-merge managed-DRA step add a pod-level
 * claim {@code managed-device} and a container claim on {@code main}; neither comes from a preset
 * or the service. Rendered, the ResourceClaimTemplate {@code <n>-managed-dra} asking for two
 * devices of that class comes before the Deployment whose pods claim it.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.ManagedDraExample} (or see the examples page of
 * the site).
 */
public final class ManagedDraExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/managed-dra/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("template.resourceClaims[name=managed-device].resourceClaimTemplateName"),
          FieldPath.parse("template.containers[name=main].resources.claims"),
          FieldPath.parse("template.containers[name=main].command"),
          FieldPath.parse("template.containers[name=main].image"));

  private ManagedDraExample() {}

  /**
   * The service, built with the v1alpha2 builders: two devices of class {@code gpu.nvidia.com} for
   * container {@code main}, asked for in annotations, and tensor parallelism over both.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(
            m ->
                m.withName("qwen2-7b-dra")
                    .withNamespace("llm")
                    .addToAnnotations("serving.kserve.io/exp-dra-device-class", "gpu.nvidia.com")
                    .addToAnnotations("serving.kserve.io/exp-dra-device-count", "2")
                    .addToAnnotations("serving.kserve.io/exp-dra-container-name", "main"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://Qwen/Qwen2.5-7B-Instruct").name("Qwen/Qwen2.5-7B-Instruct"))
                    .replicas(1)
                    .parallelism(p -> p.tensor(2))
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToRequests("cpu", new Quantity("4"))
                                .addToRequests("memory", new Quantity("32Gi"))
                                .addToLimits("cpu", new Quantity("8"))
                                .addToLimits("memory", new Quantity("64Gi"))
                                .endResources()
                                .endContainer())
                    .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(sch -> {})))
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
