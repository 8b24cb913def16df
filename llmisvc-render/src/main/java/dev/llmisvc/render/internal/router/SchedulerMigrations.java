package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The version-gated rewrites of the scheduler config (§4.13, KServe's {@code schedulerTransform}),
 * keyed on the pod template's {@code app.kubernetes.io/version} annotation (absent reads as 0.0.0,
 * which skips everything). From 0.7.0 on, a {@code --config-text} value that parses as a YAML
 * mapping with a {@code kind} is rewritten and printed again by {@link GoYaml}:
 *
 * <ul>
 *   <li>≥0.7: {@code prefill-header-handler} → {@code disagg-headers-handler}; {@code
 *       pd-profile-handler} → {@code disagg-profile-handler} with {@code deciderPluginName}/{@code
 *       threshold} turned into a {@code deciders} map; {@code hashBlockSize} dropped;
 *   <li>≥0.8: {@code model-server-protocol-metrics} → {@code core-metrics-extractor};
 *   <li>≥0.9: {@code prefix-cache-scorer} keeps only {@code prefixMatchInfoProducerName}; a {@code
 *       tokenizer} container goes when no {@code precise-prefix-cache-scorer} remains; apiVersion
 *       {@code inference.networking.x-k8s.io/v1alpha1} → {@code llm-d.ai/v1alpha1}; with the
 *       tokenizer enabled, {@code token-producer} gets {@code modelName} and {@code vllm.url};
 *   <li>≥0.10: {@code --model-server-metrics-*} flags leave command and args of every container;
 *       scheme, path and insecureSkipVerify move into a {@code metrics-data-source} plugin.
 * </ul>
 *
 * <p>Also from 0.7.0, with a writable config: the five metric flags GIE 1.4 rejects leave the args
 * of every container and come back as a {@code model-server-protocol-metrics} plugin (renamed by
 * the 0.8 step). From 0.9.0 with the tokenizer enabled, {@code precise-prefix-cache-scorer} is
 * decomposed into {@code token-producer}, {@code precise-prefix-cache-producer} and {@code
 * prefix-cache-scorer}.
 *
 * <p>This class gates by version and runs the parse, rewrite, print cycle; the rewrites live in
 * {@link PluginCleanups}, {@link DisaggProfileMigration}, {@link MetricFlagMigration} and {@link
 * TokenizerConfigMigration}.
 */
final class SchedulerMigrations {
  static final String VERSION_ANNOTATION = "app.kubernetes.io/version";

  private SchedulerMigrations() {}

  /**
   * Applies the migrations to the scheduler pod spec in place.
   *
   * @param annotations the pod template's annotations
   * @param pod the scheduler pod spec, already carrying its config argument
   */
  static void apply(RouterContext context, Map<String, String> annotations, PodSpec pod) {
    String text = annotations.getOrDefault(VERSION_ANNOTATION, "");
    SchedulerVersion v;
    try {
      v = SchedulerVersion.parse(text.isEmpty() ? "0.0.0" : text);
    } catch (IllegalArgumentException e) {
      throw new RouterRenderException(
          context.ref(),
          "spec.router.scheduler.annotations[" + VERSION_ANNOTATION + "]",
          "failed to parse version \"" + text + "\": " + e.getMessage());
    }
    if (!v.atLeast(0, 7, 0)) {
      return;
    }
    Optional<Container> main = main(pod);
    boolean writable = main.isPresent() && inlineIndex(main.get()) >= 0;
    boolean deprecatedFlags = MetricFlagMigration.hasDeprecatedMetricFlags(pod);
    if (!writable && deprecatedFlags) {
      throw new RouterRenderException(
          context.ref(),
          "spec.router.scheduler.template",
          "scheduler deployment "
              + context.namespace()
              + "/"
              + context.schedulerDeploymentName()
              + " uses deprecated metric flags but has no inline --config-text; automatic"
              + " migration to core-metrics-extractor plugin is not possible");
    }
    List<Consumer<ObjectNode>> ops = new ArrayList<>();
    ops.add(
        c -> PluginCleanups.renamePlugin(c, "prefill-header-handler", "disagg-headers-handler"));
    ops.add(c -> PluginCleanups.renamePlugin(c, "pd-profile-handler", "disagg-profile-handler"));
    ops.add(DisaggProfileMigration::migrateDisaggProfileParams);
    ops.add(PluginCleanups::removeHashBlockSize);
    if (writable) {
      Map<String, String> extracted = MetricFlagMigration.extractDeprecatedMetricFlags(pod);
      ops.add(c -> MetricFlagMigration.addCoreMetricsExtractor(c, extracted));
    }
    if (v.atLeast(0, 8, 0)) {
      ops.add(
          c ->
              PluginCleanups.renamePlugin(
                  c, "model-server-protocol-metrics", "core-metrics-extractor"));
    }
    if (v.atLeast(0, 9, 0)) {
      ops.add(PluginCleanups::prefixCacheScorerParameters);
      ops.add(c -> PluginCleanups.removeUnneededTokenizer(c, pod));
      ops.add(PluginCleanups::llmdApiVersion);
      if (context.tokenizerEnabled()) {
        String url = context.tokenizerUrl();
        ops.add(c -> TokenizerConfigMigration.decomposePrecisePrefixScorer(c, url));
        ops.add(c -> TokenizerConfigMigration.injectTokenProducer(c, url));
      }
    }
    if (v.atLeast(0, 10, 0)) {
      Map<String, String> params = MetricFlagMigration.extractModelServerMetricFlags(pod);
      if (!params.isEmpty()) {
        if (!writable) {
          Set<String> flags = new TreeSet<>();
          params.keySet().forEach(k -> flags.add("--" + k));
          throw new RouterRenderException(
              context.ref(),
              "spec.router.scheduler.template",
              "scheduler deployment "
                  + context.namespace()
                  + "/"
                  + context.schedulerDeploymentName()
                  + " sets deprecated "
                  + String.join(", ", flags)
                  + " but has no inline --config-text; automatic migration to the"
                  + " metrics-data-source plugin is not possible");
        }
        ObjectNode parameters = MetricFlagMigration.metricsDataSourceParameters(context, params);
        if (parameters.size() > 0) {
          ops.add(c -> MetricFlagMigration.addMetricsDataSource(c, parameters));
        }
      }
    }
    mutate(pod, ops);
  }

  /** Parses each inline config of {@code main}, applies {@code ops}, prints it back. */
  static void mutate(PodSpec pod, List<Consumer<ObjectNode>> ops) {
    Optional<Container> main = main(pod);
    if (main.isEmpty() || main.get().getArgs() == null) {
      return;
    }
    List<String> args = main.get().getArgs();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (!SchedulerConfigText.INLINE_FLAGS.contains(args.get(i))) {
        continue;
      }
      Optional<JsonNode> parsed = SchedulerConfigText.parse(args.get(i + 1));
      // Go decodes into an Unstructured, which needs a kind; anything else is left untouched.
      if (parsed.isEmpty() || parsed.get().path("kind").asText("").isEmpty()) {
        return;
      }
      ObjectNode config = (ObjectNode) parsed.get();
      ops.forEach(op -> op.accept(config));
      args.set(i + 1, GoYaml.write(config));
    }
  }

  private static Optional<Container> main(PodSpec pod) {
    return pod.getContainers().stream().filter(c -> "main".equals(c.getName())).findFirst();
  }

  private static int inlineIndex(Container c) {
    List<String> args = c.getArgs() == null ? List.of() : c.getArgs();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (SchedulerConfigText.INLINE_FLAGS.contains(args.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
