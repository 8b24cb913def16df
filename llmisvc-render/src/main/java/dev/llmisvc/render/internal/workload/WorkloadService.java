package dev.llmisvc.render.internal.workload;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Service {@code <n>-kserve-workload-svc} (rendering.md §4.9), in every topology: ClusterIP,
 * selecting every workload pod, prefill included (§10 #5), on one fixed port 8000 named {@code
 * http}, or {@code https} when the controller enables TLS. Its labels add {@code spec.labels}, its
 * annotations are {@code spec.annotations} without the model-based-routing key; the selector is
 * never extended.
 */
final class WorkloadService implements WorkloadStep {
  @Override
  public String name() {
    return "workload-service";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    Map<String, String> labels =
        new TreeMap<>(Children.labels(ctx.svc(), Variant.MAIN.component()));
    labels.putAll(ctx.spec().labels());
    Map<String, String> annotations = new TreeMap<>(ctx.spec().annotations());
    annotations.remove(Propagation.ROUTING_ANNOTATION);
    String scheme = ctx.controller().enableTls() ? "https" : "http";
    out.add(
        new ServiceBuilder()
            .withMetadata(
                Children.meta(ctx.svc(), "-kserve-workload-svc", labels)
                    .withAnnotations(Propagation.orNull(annotations))
                    .build())
            .withNewSpec()
            .withType("ClusterIP")
            .withSelector(new TreeMap<>(Children.workloadSelector(ctx.svc())))
            .addNewPort()
            .withName(scheme)
            .withProtocol("TCP")
            .withAppProtocol(scheme)
            .withPort(8000)
            .withTargetPort(new IntOrString(8000))
            .endPort()
            .endSpec()
            .build());
  }
}
