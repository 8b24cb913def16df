package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.context.ClusterFacts;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Renders the router side of an effective LLMInferenceService: the objects KServe's {@code
 * reconcileRouter} creates (rendering.md §3.2, §4.11–§4.16), in its order.
 *
 * <pre>{@code
 * RouterRendering r = RouterObjects.render(effective, ControllerSettings.defaults(),
 *     ClusterFacts.offline(), UnaryOperator.identity());
 * r.objects().forEach(o -> client.resource(o).serverSideApply());
 * }</pre>
 */
public final class RouterObjects {
  private RouterObjects() {}

  /**
   * Renders the router objects.
   *
   * @param effective the composed service (v1alpha2), after KServe's post-merge normalizations
   * @param settings KServe's controller settings
   * @param facts the cluster lookups; {@link ClusterFacts#offline()} for a first reconcile
   * @param tokenizerModelArtifacts the workload side's model-artifact step (rendering.md §5.1),
   *     applied to the tokenizer pod spec with model path {@code /mnt/models/base}
   * @return the objects, what the cluster must provide, and warnings
   * @throws RouterRenderException when KServe's router step would fail
   */
  public static RouterRendering render(
      LLMInferenceService effective,
      ControllerSettings settings,
      ClusterFacts facts,
      UnaryOperator<PodSpec> tokenizerModelArtifacts) {
    RouterContext context =
        new RouterContext(
            Objects.requireNonNull(effective, "effective"),
            Objects.requireNonNull(settings, "settings"),
            Objects.requireNonNull(facts, "facts"),
            Objects.requireNonNull(tokenizerModelArtifacts, "tokenizerModelArtifacts"));
    RouterOutput output = new RouterOutput();
    for (RouterStep step : RouterSteps.inOrder()) {
      step.apply(context, output);
    }
    return output.toRendering();
  }
}
