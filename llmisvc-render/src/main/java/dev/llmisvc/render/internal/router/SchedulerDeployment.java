package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.common.TracingSpec;
import dev.llmisvc.api.v1alpha2.SchedulerSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * §4.13: the endpoint picker Deployment {@code <n>-kserve-router-scheduler}.
 *
 * <ul>
 *   <li>labels = selector = pod labels = the scheduler labels plus {@code scheduler.labels}: KServe
 *       writes the latter into the one map the three share;
 *   <li>pod annotations = {@code scheduler.annotations}; strategy {@code Recreate}; replicas from
 *       the spec, else the live Deployment's;
 *   <li>container {@code main}: {@code --ha-enable-leader-election} for more than one replica, the
 *       config argument ({@link SchedulerConfigText}), tracing; then {@link SchedulerMigrations}.
 * </ul>
 *
 * <p>With the legacy {@code tokenizer} sidecar container of old scheduler templates, the UDS
 * tokenizer settings are written into the config ({@link SchedulerMigrations}); its model artifacts
 * are not attached (the model-artifact step given to this renderer targets the tokenizer
 * Deployment's {@code main}), and a warning says so.
 */
final class SchedulerDeployment implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    SchedulerSpec scheduler = context.scheduler().orElseThrow();
    Map<String, String> labels = context.schedulerLabels();
    labels.putAll(scheduler.labels());
    Map<String, String> podAnnotations = new LinkedHashMap<>(scheduler.annotations());

    PodSpec pod = scheduler.template().orElseThrow().get();
    Optional<Integer> replicas =
        scheduler
            .replicas()
            .or(
                () ->
                    context
                        .facts()
                        .liveReplicas(
                            "Deployment", context.namespace(), context.schedulerDeploymentName()));
    Optional<Container> main =
        pod.getContainers().stream().filter(c -> "main".equals(c.getName())).findFirst();
    if (main.isPresent()) {
      Container c = main.get();
      List<String> args = new ArrayList<>(c.getArgs() == null ? List.of() : c.getArgs());
      if (scheduler.replicas().orElse(0) > 1
          && !args.contains("--ha-enable-leader-election")
          && !args.contains("-ha-enable-leader-election")) {
        args.add("--ha-enable-leader-election");
      }
      args.addAll(SchedulerConfigText.argsToAppend(context));
      c.setArgs(args);
      context.svc().spec().tracing().ifPresent(t -> injectTracing(context, t, c));
    } else {
      output.warn(
          "scheduler: the template has no container named \"main\"; no config argument added");
    }
    boolean legacyTokenizer =
        pod.getContainers().stream().anyMatch(c -> "tokenizer".equals(c.getName()));
    if (legacyTokenizer) {
      TokenizerConfigMigration.legacyTokenizerSidecar(pod);
    }
    SchedulerMigrations.apply(context, podAnnotations, pod);
    if (pod.getContainers().stream().anyMatch(c -> "tokenizer".equals(c.getName()))) {
      output.warn(
          "scheduler: the legacy \"tokenizer\" sidecar container (kept by the migrations) gets no model artifacts from this"
              + " renderer; KServe would attach them at /mnt/models/base");
    }

    Deployment d =
        new DeploymentBuilder()
            .withMetadata(Children.meta(context.svc(), "-kserve-router-scheduler", labels).build())
            .withNewSpec()
            .withReplicas(replicas.orElse(null))
            .withNewSelector()
            .withMatchLabels(new LinkedHashMap<>(labels))
            .endSelector()
            .withNewStrategy()
            .withType("Recreate")
            .endStrategy()
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(new LinkedHashMap<>(labels))
            .withAnnotations(podAnnotations.isEmpty() ? null : podAnnotations)
            .endMetadata()
            .withSpec(pod)
            .endTemplate()
            .endSpec()
            .build();
    output.add(d);
  }

  /** §5.4: {@code --tracing=true} unless a tracing flag is there, and the OTEL env when absent. */
  static void injectTracing(RouterContext context, TracingSpec t, Container c) {
    List<String> args = new ArrayList<>(c.getArgs() == null ? List.of() : c.getArgs());
    if (!hasArg(args, "--tracing") && !hasArg(args, "-tracing")) {
      args.add("--tracing=true");
    }
    c.setArgs(args);
    List<EnvVar> wanted = new ArrayList<>();
    wanted.add(env("OTEL_SERVICE_NAME", "inference-scheduler"));
    wanted.add(env("OTEL_EXPORTER_OTLP_ENDPOINT", t.exporterEndpoint().orElse("")));
    wanted.add(env("OTEL_TRACES_EXPORTER", t.exporter().orElse("")));
    wanted.add(env("OTEL_TRACES_SAMPLER", t.sampler().orElse("")));
    wanted.add(env("OTEL_TRACES_SAMPLER_ARG", t.samplerArg().orElse("")));
    wanted.add(fieldRef("OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "spec.nodeName"));
    wanted.add(fieldRef("OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "metadata.name"));
    wanted.add(
        env(
            "OTEL_RESOURCE_ATTRIBUTES",
            "k8s.namespace.name="
                + context.namespace()
                + ",k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME)"
                + ",k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)"
                + ",llmisvc.name="
                + context.name()));
    List<EnvVar> envs = new ArrayList<>(c.getEnv() == null ? List.of() : c.getEnv());
    Set<String> present = new HashSet<>();
    envs.forEach(e -> present.add(e.getName()));
    for (EnvVar e : wanted) {
      if (present.add(e.getName())) {
        envs.add(e);
      }
    }
    c.setEnv(envs);
  }

  private static boolean hasArg(List<String> args, String flag) {
    return args.stream().anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
  }

  /** An env var; an empty value is left out, as Go's {@code omitempty} does. */
  private static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value.isEmpty() ? null : value).build();
  }

  private static EnvVar fieldRef(String name, String path) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewFieldRef()
        .withApiVersion("v1")
        .withFieldPath(path)
        .endFieldRef()
        .endValueFrom()
        .build();
  }
}
