package dev.llmisvc.render.internal.workload;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of the service's labels and annotations reach the workloads (rendering.md §4.4, §4.7). All
 * maps come out sorted by key, as the API server writes them.
 */
final class Propagation {
  static final String ROUTING_ANNOTATION = "serving.kserve.io/model-based-routing-enabled";
  private static final List<String> LABEL_PREFIXES =
      List.of("kueue.x-k8s.io", "internal.serving.kserve.io/localmodel");
  private static final List<String> ANNOTATION_PREFIXES =
      List.of(
          "k8s.v1.cni.cncf.io",
          "kueue.x-k8s.io",
          "prometheus.io",
          "internal.serving.kserve.io/localmodel");
  private static final String LWS_PREFIX = "leaderworkerset.sigs.k8s.io";

  private Propagation() {}

  /** Service labels with an approved prefix. */
  static Map<String, String> labels(RenderContext ctx) {
    return withPrefixes(ctx.serviceLabels(), LABEL_PREFIXES);
  }

  /** Service annotations with an approved prefix; {@code lws} adds the LWS prefix. */
  static Map<String, String> annotations(RenderContext ctx, boolean lws) {
    Map<String, String> out = withPrefixes(ctx.serviceAnnotations(), ANNOTATION_PREFIXES);
    if (lws) {
      out.putAll(withPrefixes(ctx.serviceAnnotations(), List.of(LWS_PREFIX)));
    }
    return out;
  }

  /** Pod annotations: the approved ones plus the workload's, without the routing key. */
  static Map<String, String> podAnnotations(
      RenderContext ctx, Map<String, String> workloadAnnotations, boolean lws) {
    Map<String, String> out = annotations(ctx, lws);
    out.putAll(workloadAnnotations);
    out.remove(ROUTING_ANNOTATION);
    return out;
  }

  private static Map<String, String> withPrefixes(Map<String, String> in, List<String> prefixes) {
    Map<String, String> out = new TreeMap<>();
    in.forEach(
        (k, v) -> {
          if (prefixes.stream().anyMatch(k::startsWith)) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** A sorted copy, or null when empty (Go omits empty maps). */
  static Map<String, String> orNull(Map<String, String> m) {
    return m.isEmpty() ? null : new TreeMap<>(m);
  }
}
