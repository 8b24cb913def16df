package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.common.TracingSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tracing of the vLLM container (rendering.md §5.4), when {@code spec.tracing} is set with an
 * exporter endpoint: the first container {@code main} gets {@code --otlp-traces-endpoint} and
 * {@code --collect-detailed-traces all} unless present, and the OTEL variables it does not have
 * yet, with {@code OTEL_SERVICE_NAME} {@code inference-server-decode} or {@code -prefill}.
 */
final class Tracing {
  private Tracing() {}

  static void apply(RenderContext ctx, Variant variant, PodSpec pod) {
    Optional<TracingSpec> t = ctx.spec().tracing();
    if (t.isEmpty()) {
      return;
    }
    String endpoint = t.get().exporterEndpoint().orElse("");
    if (endpoint.isEmpty()) {
      return;
    }
    Optional<Container> main = PodSpecs.container(pod, "main");
    if (main.isEmpty()) {
      return;
    }
    Container c = main.get();
    if (!hasArg(c.getArgs(), "--otlp-traces-endpoint")) {
      PodSpecs.args(c).add("--otlp-traces-endpoint");
      PodSpecs.args(c).add(endpoint);
    }
    if (!hasArg(c.getArgs(), "--collect-detailed-traces")) {
      PodSpecs.args(c).add("--collect-detailed-traces");
      PodSpecs.args(c).add("all");
    }
    List<EnvVar> env = new ArrayList<>();
    env.add(new EnvVar("OTEL_SERVICE_NAME", variant.tracingServiceName(), null));
    env.add(new EnvVar("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint, null));
    env.add(new EnvVar("OTEL_TRACES_EXPORTER", t.get().exporter().orElse(""), null));
    env.add(new EnvVar("OTEL_TRACES_SAMPLER", t.get().sampler().orElse(""), null));
    env.add(new EnvVar("OTEL_TRACES_SAMPLER_ARG", t.get().samplerArg().orElse(""), null));
    env.addAll(resourceAttributes(ctx.namespace(), ctx.name()));
    PodSpecs.addEnvIfAbsent(c, env);
  }

  static List<EnvVar> resourceAttributes(String namespace, String name) {
    return List.of(
        fieldRef("OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "spec.nodeName"),
        fieldRef("OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "metadata.name"),
        new EnvVar(
            "OTEL_RESOURCE_ATTRIBUTES",
            "k8s.namespace.name="
                + namespace
                + ",k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME)"
                + ",k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)"
                + ",llmisvc.name="
                + name,
            null));
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

  static boolean hasArg(List<String> args, String flag) {
    if (args == null) {
      return false;
    }
    return args.stream().anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
  }
}
