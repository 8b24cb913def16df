package dev.llmisvc.render;

import dev.llmisvc.api.DependencyCheck;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.render.context.RenderException;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import dev.llmisvc.render.internal.router.Required;
import dev.llmisvc.render.internal.router.RouterObjects;
import dev.llmisvc.render.internal.router.RouterRenderException;
import dev.llmisvc.render.internal.router.RouterRendering;
import dev.llmisvc.render.internal.workload.ModelArtifacts;
import dev.llmisvc.render.internal.workload.RenderContext;
import dev.llmisvc.render.internal.workload.RequiredReferences;
import dev.llmisvc.render.internal.workload.WorkloadSteps;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    DependencyCheck.requireSupportedVersions();
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(settings, "settings");
    RenderContext ctx = new RenderContext(effective, settings);
    // KServe's reconcile order (rendering.md §0.1): the workload steps, then the router's
    List<HasMetadata> objects = new ArrayList<>(WorkloadSteps.render(ctx));
    RouterRendering router;
    try {
      router =
          RouterObjects.render(
              effective,
              settings.controller(),
              settings.clusterFacts(),
              pod -> tokenizerArtifacts(ctx, pod));
    } catch (RouterRenderException e) {
      throw ctx.fail(e.fieldPath(), e.reason());
    }
    objects.addAll(router.objects());
    RequiredReferences.collect(ctx, objects);
    // each object once, the first reason kept; router requirements may lie in other namespaces
    Map<String, RequiredObject> required = new LinkedHashMap<>();
    for (RequiredObject r : ctx.required()) {
      required.putIfAbsent(r.kind() + "/" + r.namespace() + "/" + r.name(), r);
    }
    for (Required r : router.required()) {
      required.putIfAbsent(
          r.kind() + "/" + r.namespace() + "/" + r.name(),
          new RequiredObject(r.apiVersion(), r.kind(), r.namespace(), r.name(), r.reason()));
    }
    List<String> warnings = new ArrayList<>(ctx.warnings());
    warnings.addAll(router.warnings());
    return new Rendering(objects, List.copyOf(required.values()), warnings);
  }

  /**
   * Renders a composition's effective service ({@link Composition#hub()}, the v1alpha2 form KServe
   * renders from, whatever version the service was given in).
   *
   * <pre>{@code
   * Rendering r = Renderer.render(composer.compose(service), RenderSettings.defaults());
   * }</pre>
   *
   * @param composition a composition whose configs were combined
   * @param settings controller settings, cluster facts, TLS generation
   * @return the rendering
   * @throws dev.llmisvc.compose.CompositionFailedException when the composition failed
   * @throws RenderException when KServe would refuse the spec while rendering
   */
  public static Rendering render(Composition<?> composition, RenderSettings settings) {
    DependencyCheck.requireSupportedVersions();
    return render(composition.hub(), settings);
  }

  /**
   * The tokenizer's model (rendering.md §4.12): attached to its {@code main} container at {@code
   * /mnt/models/base}, without LoRA adapters, with the scheduler's ServiceAccount as the credential
   * source (the namespace's {@code default} when it names none).
   */
  private static PodSpec tokenizerArtifacts(RenderContext ctx, PodSpec pod) {
    Optional<String> schedulerAccount =
        ctx.spec()
            .router()
            .flatMap(r -> r.scheduler())
            .flatMap(s -> s.template())
            .map(t -> t.get().getServiceAccountName())
            .filter(n -> n != null && !n.isEmpty());
    String name = ChildName.of(ctx.name(), "-tokenizer");
    ModelArtifacts.attach(
        ctx,
        pod,
        "main",
        "/mnt/models/base",
        schedulerAccount,
        ctx.facts().liveStorageInitializer("Deployment", ctx.namespace(), name));
    return pod;
  }
}
