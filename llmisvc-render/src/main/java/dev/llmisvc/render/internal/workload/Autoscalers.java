package dev.llmisvc.render.internal.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.common.KedaScaling;
import dev.llmisvc.api.common.ScaleTrigger;
import dev.llmisvc.api.common.ScalingSpec;
import dev.llmisvc.api.common.WVASpec;
import dev.llmisvc.api.settings.WvaConfig;
import dev.llmisvc.api.v1alpha2.WorkloadSpec;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.render.internal.Children;
import dev.llmisvc.render.model.keda.AuthenticationRef;
import dev.llmisvc.render.model.keda.ScaleTarget;
import dev.llmisvc.render.model.keda.ScaleTriggers;
import dev.llmisvc.render.model.keda.ScaledObject;
import dev.llmisvc.render.model.keda.ScaledObjectSpec;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Autoscaling of one workload (rendering.md §4.10): with {@code scaling.keda} a direct KEDA
 * ScaledObject {@code <n>-kserve[-prefill]-keda} with the user's triggers; with {@code
 * scaling.wva.keda} a ScaledObject whose one Prometheus trigger reads {@code wva_desired_replicas};
 * with {@code scaling.wva.hpa} an HPA {@code <n>-kserve[-prefill]-hpa} on that external metric.
 * KEDA comes before the HPA, as in KServe's reconcile. The target is the Deployment, or the LWS
 * when the workload has a {@code worker}.
 */
final class Autoscalers implements WorkloadStep {
  /** The API's JSON mapper, copied once: a copy per call started with no deserializers built. */
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = LlmisvcMapper.json();

  static final String ACCELERATOR = "inference.optimization/acceleratorName";
  private final Variant variant;

  Autoscalers(Variant variant) {
    this.variant = variant;
  }

  @Override
  public String name() {
    return variant == Variant.MAIN ? "main-scaling" : "prefill-scaling";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    Optional<WorkloadSpec> w = variant.workload(ctx.spec());
    if (w.isEmpty() || w.get().scaling().isEmpty()) {
      return;
    }
    ScalingSpec scaling = w.get().scaling().get();
    ScaleTarget target =
        w.get().worker().isPresent()
            ? new ScaleTarget(
                LeaderWorkerSet.API_VERSION,
                "LeaderWorkerSet",
                Children.name(ctx.svc(), variant.lwsSuffix()))
            : new ScaleTarget(
                "apps/v1", "Deployment", Children.name(ctx.svc(), variant.deploymentSuffix()));
    String soName = Children.name(ctx.svc(), variant.scalerPrefix() + "-keda");
    String hpaName = Children.name(ctx.svc(), variant.scalerPrefix() + "-hpa");
    int min = scaling.minReplicas().orElse(1);
    if (scaling.keda().isPresent()) {
      KedaScaling keda = scaling.keda().get();
      List<ScaleTriggers> triggers = new ArrayList<>();
      for (ScaleTrigger t : scaling.keda().get().triggers()) {
        triggers.add(
            new ScaleTriggers(
                t.type(),
                t.name().orElse(null),
                t.useCachedMetrics().orElse(null),
                t.metadata().isEmpty() ? null : new LinkedHashMap<>(t.metadata()),
                t.authenticationRef().map(a -> tree(a)).map(Autoscalers::authRef).orElse(null),
                t.metricType().orElse(null)));
      }
      out.add(
          scaledObject(
              ctx,
              soName,
              Children.labels(ctx.svc(), Variant.MAIN.component()),
              null,
              target,
              keda,
              min,
              scaling.maxReplicas(),
              triggers));
    } else if (scaling.wva().flatMap(WVASpec::keda).isPresent()) {
      WvaConfig config =
          ctx.controller()
              .wva()
              .orElseThrow(
                  () ->
                      ctx.fail(
                          variant.path() + ".scaling.wva.keda",
                          "autoscaling-wva-controller-config: prometheus.url is required"));
      String query =
          "wva_desired_replicas{variant_name=\""
              + soName
              + "\",exported_namespace=\""
              + ctx.namespace()
              + "\"}";
      Map<String, String> metadata = new TreeMap<>();
      metadata.put("serverAddress", config.prometheusUrl());
      metadata.put("query", query);
      metadata.put("threshold", "1");
      metadata.put("unsafeSsl", Boolean.toString(config.tlsInsecureSkipVerify()));
      config.authModes().filter(s -> !s.isEmpty()).ifPresent(m -> metadata.put("authModes", m));
      AuthenticationRef auth =
          config
              .triggerAuthName()
              .filter(s -> !s.isEmpty())
              .map(n -> new AuthenticationRef(n, config.triggerAuthKind().orElse(null)))
              .orElse(null);
      ScaleTriggers trigger =
          new ScaleTriggers("prometheus", "wva-desired-replicas", null, metadata, auth, null);
      out.add(
          scaledObject(
              ctx,
              soName,
              wvaLabels(ctx, w.get()),
              wvaAnnotations(ctx, scaling),
              target,
              scaling.wva().get().keda().get(),
              min,
              scaling.maxReplicas(),
              List.of(trigger)));
    } else if (scaling.wva().flatMap(WVASpec::hpa).isPresent()) {
      HorizontalPodAutoscalerBehavior behavior =
          scaling
              .wva()
              .get()
              .hpa()
              .get()
              .behavior()
              .map(b -> convert(b.get(), HorizontalPodAutoscalerBehavior.class))
              .orElse(null);
      out.add(
          new HorizontalPodAutoscalerBuilder()
              .withMetadata(
                  Children.meta(ctx.svc(), variant.scalerPrefix() + "-hpa", wvaLabels(ctx, w.get()))
                      .withAnnotations(wvaAnnotations(ctx, scaling))
                      .build())
              .withNewSpec()
              .withNewScaleTargetRef()
              .withApiVersion(target.apiVersion())
              .withKind(target.kind())
              .withName(target.name())
              .endScaleTargetRef()
              .withMinReplicas(min)
              .withMaxReplicas(scaling.maxReplicas())
              .addNewMetric()
              .withType("External")
              .withNewExternal()
              .withNewMetric()
              .withName("wva_desired_replicas")
              .withNewSelector()
              .withMatchLabels(Map.of("variant_name", hpaName))
              .endSelector()
              .endMetric()
              .withNewTarget()
              .withType("Value")
              .withValue(new Quantity("1"))
              .endTarget()
              .endExternal()
              .endMetric()
              .withBehavior(behavior)
              .endSpec()
              .build());
    }
  }

  private ScaledObject scaledObject(
      RenderContext ctx,
      String name,
      Map<String, String> labels,
      Map<String, String> annotations,
      ScaleTarget target,
      KedaScaling keda,
      int min,
      int max,
      List<ScaleTriggers> triggers) {
    ScaledObject so = new ScaledObject();
    so.setMetadata(
        Children.meta(ctx.svc(), variant.scalerPrefix() + "-keda", labels)
            .withAnnotations(annotations)
            .build());
    so.setSpec(
        new ScaledObjectSpec(
            target,
            keda.pollingInterval().orElse(null),
            keda.initialCooldownPeriod().orElse(null),
            keda.cooldownPeriod().orElse(null),
            keda.idleReplicaCount().orElse(null),
            min,
            max,
            keda.fallback().map(Autoscalers::tree).orElse(null),
            keda.advanced().map(Autoscalers::tree).orElse(null),
            triggers));
    return so;
  }

  private static Map<String, String> wvaLabels(RenderContext ctx, WorkloadSpec w) {
    Map<String, String> labels =
        new TreeMap<>(Children.labels(ctx.svc(), Variant.MAIN.component()));
    String accelerator = w.labels().getOrDefault(ACCELERATOR, "");
    labels.put(ACCELERATOR, accelerator.isEmpty() ? "unknown" : accelerator);
    return labels;
  }

  private static Map<String, String> wvaAnnotations(RenderContext ctx, ScalingSpec scaling) {
    Map<String, String> a = new TreeMap<>();
    a.put("llm-d.ai/managed", "true");
    String modelId = ctx.spec().model().map(m -> m.name().orElse(m.uri())).orElse("");
    a.put("llm-d.ai/model-id", modelId);
    // The CRD defaults variantCost to "10.0"; a composed spec that never met the API server lacks
    // it.
    String cost = scaling.wva().flatMap(WVASpec::variantCost).orElse("10.0");
    if (!cost.isEmpty()) {
      a.put("llm-d.ai/variant-cost", cost);
    }
    return a;
  }

  private static JsonNode tree(Object value) {
    return LlmisvcMapper.toTree(value);
  }

  private static AuthenticationRef authRef(JsonNode node) {
    return new AuthenticationRef(
        node.path("name").asText(null), node.hasNonNull("kind") ? node.get("kind").asText() : null);
  }

  private static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
