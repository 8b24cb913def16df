package dev.llmisvc.render;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.internal.workload.RenderContext;
import dev.llmisvc.render.internal.workload.RequiredReferences;
import dev.llmisvc.render.internal.workload.WorkloadSteps;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders an effective (composed) LLMInferenceService into the Kubernetes objects KServe's
 * controller creates for it. A pure function of the service and the settings: every cluster lookup
 * goes through {@link RenderSettings#clusterFacts()}.
 *
 * <pre>{@code
 * LLMInferenceService effective = ...; // from the composer
 * Rendering r = Renderer.render(effective, RenderSettings.defaults());
 * System.out.print(r.toYaml());
 * }</pre>
 */
public final class Renderer {
  private Renderer() {}

  /**
   * Renders with {@link RenderSettings#defaults()}.
   *
   * <pre>{@code
   * Rendering r = Renderer.render(effective);
   * }</pre>
   *
   * @param effective the effective service (v1alpha2)
   * @return the rendering
   * @throws RenderException when KServe would refuse the spec while rendering
   */
  public static Rendering render(LLMInferenceService effective) {
    return render(effective, RenderSettings.defaults());
  }

  /**
   * Renders the service.
   *
   * <pre>{@code
   * Rendering r = Renderer.render(effective, RenderSettings.builder().generateTls(true).build());
   * }</pre>
   *
   * @param effective the effective service (v1alpha2)
   * @param settings controller settings, cluster facts, TLS generation
   * @return the rendering
   * @throws RenderException when KServe would refuse the spec while rendering
   */
  public static Rendering render(LLMInferenceService effective, RenderSettings settings) {
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(settings, "settings");
    RenderContext ctx = new RenderContext(effective, settings);
    List<HasMetadata> objects = new ArrayList<>(WorkloadSteps.render(ctx));
    // The router steps (rendering.md §0.1 steps 7-9) append their objects here, after the workload.
    RequiredReferences.collect(ctx, objects);
    return new Rendering(objects, ctx.required(), ctx.warnings());
  }
}
