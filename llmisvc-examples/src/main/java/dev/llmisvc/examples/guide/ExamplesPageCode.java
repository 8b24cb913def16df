package dev.llmisvc.examples.guide;

import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.examples.HardwareProfileExample;
import dev.llmisvc.examples.SingleNodeGpuExample;
import dev.llmisvc.examples.Walkthrough;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The code the examples page quotes, one method per snippet, each the tagged region the page shows.
 * The methods return what the snippet computes, so {@code ExamplesPageCodeTest} can check what the
 * page says about it.
 */
public final class ExamplesPageCode {
  private ExamplesPageCode() {}

  /** What the page's first snippet computes. */
  public record Overview(Optional<LayerId> imageLayer, Rendering rendering) {}

  /**
   * From builders to printed objects, the steps every example takes.
   *
   * @param out where the objects are printed
   * @return the image's layer and the rendering
   */
  public static Overview overview(PrintStream out) {
    // tag::overview[]
    LLMInferenceService service = SingleNodeGpuExample.build(); // fluent builders
    Composition<LLMInferenceService> c =
        Walkthrough.compose(service, List.of()); // built-in presets
    Optional<LayerId> image =
        c.origin(FieldPath.parse("template.containers[name=main].image"))
            .flatMap(FieldOrigin::layer); // Preset:kserve/kserve-config-llm-template
    Rendering r = Renderer.render(c, RenderSettings.defaults());
    r.objects(); // Deployment, Service, ..., InferencePool, HTTPRoute
    r.required(); // the TLS Secret, the Gateway
    out.print(r.toYaml());
    // end::overview[]
    return new Overview(image, r);
  }

  /** What the hardware-profile snippet computes. */
  public record V1alpha1Result(Optional<Integer> replicas, List<AppliedConfigRef> applied) {}

  /**
   * A v1alpha1 service composes to a v1alpha1 effective service.
   *
   * @return the effective replicas and the applied configs
   */
  public static V1alpha1Result hardwareProfileInV1alpha1() {
    // tag::v1alpha1[]
    Composition<dev.llmisvc.api.v1alpha1.LLMInferenceService> c = HardwareProfileExample.compose();
    Optional<Integer> replicas = c.effective().spec().replicas(); // Optional[3]
    List<AppliedConfigRef> applied = c.appliedConfigs(); // v1alpha1 has no status.appliedConfigs
    // end::v1alpha1[]
    return new V1alpha1Result(replicas, applied);
  }
}
