package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMModelSpec;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * LoRA adapters: two Hugging Face adapters on {@code facebook/opt-125m}, served on CPU behind the
 * managed route and gateway (no scheduler, so the route's pool backends are rewritten to the
 * workload Service). The adapters stay in {@code spec.model.lora} through composition; rendering is
 * where they take effect: container {@code main} gets {@code --enable-lora}, the limits and {@code
 * --lora-modules} with two entries per adapter, and the one {@code storage-initializer} downloads
 * the base model to {@code /mnt/models} and each adapter to {@code /mnt/lora/<name>}.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.LoraAdaptersExample} (or see the examples page
 * of the site).
 */
public final class LoraAdaptersExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/lora-adapters/service.yaml";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("model.lora.adapters"),
          FieldPath.parse("template.containers[name=main].image"),
          FieldPath.parse("template.containers[name=main].command"),
          FieldPath.parse("model.lora.maxRank"),
          FieldPath.parse("router.route.http.spec.parentRefs"));

  private LoraAdaptersExample() {}

  /**
   * The service, built with the v1alpha2 builders.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("opt-125m-lora").withNamespace("llm"))
        .spec(
            s ->
                s.model(
                        m ->
                            m.uri("hf://facebook/opt-125m")
                                .name("facebook/opt-125m")
                                .lora(
                                    l ->
                                        l.addAdapter(
                                                adapter(
                                                    "hf://peft-internal-testing/opt-125m-dummy-lora",
                                                    "dummy-lora"))
                                            .addAdapter(
                                                adapter(
                                                    "hf://peft-internal-testing/opt-125m-lora-2",
                                                    "second-lora"))
                                            .maxRank(64)
                                            .maxAdapters(2)
                                            .maxCpuAdapters(4)))
                    .replicas(1)
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .withImage("vllm/vllm-openai-cpu:v0.11.0")
                                .withNewResources()
                                .addToRequests("cpu", new Quantity("2"))
                                .addToRequests("memory", new Quantity("8Gi"))
                                .addToLimits("cpu", new Quantity("4"))
                                .addToLimits("memory", new Quantity("16Gi"))
                                .endResources()
                                .endContainer())
                    .router(r -> r.route(route -> {}).gateway(g -> {})))
        .build();
  }

  private static LLMModelSpec adapter(String uri, String name) {
    return LLMModelSpec.builder().uri(uri).name(name).build();
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
