package dev.llmisvc.api.validation;

import static dev.llmisvc.api.validation.Tree.at;
import static dev.llmisvc.api.validation.Tree.has;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code x-kubernetes-validations} rules KServe puts in its CRDs (docs §3: W1, S1–S8, V1–V3,
 * K1, P1, P2), evaluated on the tree as CEL would, reported as the API server reports a failed
 * rule: {@code field.Invalid(<path>, "<schema type>", <message>)}.
 *
 * <p>Divergence: V1 reads {@code scalingModifiers.*} without {@code has()}, so on a real API server
 * an {@code advanced} block without every modifier set may fail with a CEL evaluation error
 * (unverified). Here an absent modifier counts as empty and the rule passes.
 */
final class CelRules {
  static final String W1 =
      "replicas and scaling are mutually exclusive; use scaling for autoscaled deployments or"
          + " replicas for static deployments";
  static final String S1 = "either wva or keda must be specified when scaling is configured";
  static final String S2 = "wva and keda are mutually exclusive";
  static final String S3 = "at least one trigger is required when using direct KEDA scaling";
  static final String S4 = "minReplicas cannot exceed maxReplicas";
  static final String S5 = "minReplicas is required when idleReplicaCount is set";
  static final String S6 =
      "idleReplicaCount must be less than minReplicas; idleReplicaCount defines the replica floor"
          + " when no triggers are active";
  static final String V1 =
      "scalingModifiers must not be set; WVA controls the scaling metric formula and logic";
  static final String V2 = "hpa and keda are mutually exclusive; choose one actuator backend";
  static final String V3 = "either hpa or keda must be specified as the actuator backend";
  static final String K1 =
      "horizontalPodAutoscalerConfig.name must not be set; the controller manages the HPA name";
  static final String P1 =
      "port is required when kind is 'Service' or unspecified (defaults to 'Service')";
  static final String P2 = "port number must be unique";

  private CelRules() {}

  /**
   * The failed rules of a resource's spec.
   *
   * @param poolRules whether P1/P2 exist (v1alpha2 service CRD only)
   */
  static List<Violation> validate(JsonNode resource, boolean poolRules) {
    List<Violation> out = new ArrayList<>();
    JsonNode spec = at(resource, "spec");
    if (spec.isMissingNode()) {
      return out;
    }
    workload(spec, "spec", out);
    if (has(spec, "prefill")) {
      workload(at(spec, "prefill"), "spec.prefill", out);
    }
    if (poolRules) {
      JsonNode pool = at(spec, "router", "scheduler", "pool", "spec");
      String p = "spec.router.scheduler.pool.spec";
      JsonNode epp = at(pool, "endpointPickerRef");
      if (epp.isObject() && Tree.text(epp, "kind").equals("Service") && !has(epp, "port")) {
        out.add(failed(p + ".endpointPickerRef", "object", P1));
      }
      JsonNode ports = at(pool, "targetPorts");
      if (ports.isArray()) {
        Map<String, Integer> counts = new HashMap<>();
        ports.forEach(port -> counts.merge(at(port, "number").toString(), 1, Integer::sum));
        if (counts.values().stream().anyMatch(c -> c > 1)) {
          out.add(failed(p + ".targetPorts", "array", P2));
        }
      }
    }
    return out;
  }

  private static void workload(JsonNode w, String path, List<Violation> out) {
    if (has(w, "replicas") && has(w, "scaling")) {
      out.add(failed(path, "object", W1));
    }
    JsonNode s = at(w, "scaling");
    if (!s.isObject()) {
      return;
    }
    String sp = path + ".scaling";
    boolean wva = has(s, "wva");
    boolean keda = has(s, "keda");
    boolean min = has(s, "minReplicas");
    if (!(wva || keda)) {
      out.add(failed(sp, "object", S1));
    }
    if (wva && keda) {
      out.add(failed(sp, "object", S2));
    }
    if (keda && at(s, "keda", "triggers").isArray() && at(s, "keda", "triggers").size() == 0) {
      out.add(failed(sp, "object", S3));
    }
    if (min
        && has(s, "maxReplicas")
        && at(s, "minReplicas").asLong() > at(s, "maxReplicas").asLong()) {
      out.add(failed(sp, "object", S4));
    }
    JsonNode wvaIdle = at(s, "wva", "keda", "idleReplicaCount");
    if (!wvaIdle.isMissingNode()) {
      if (!min) {
        out.add(failed(sp, "object", S5));
      } else if (wvaIdle.asLong() >= at(s, "minReplicas").asLong()) {
        out.add(failed(sp, "object", S6));
      }
    }
    JsonNode kedaIdle = at(s, "keda", "idleReplicaCount");
    if (!kedaIdle.isMissingNode()) {
      if (!min) {
        out.add(failed(sp, "object", S5));
      } else if (kedaIdle.asLong() >= at(s, "minReplicas").asLong()) {
        out.add(failed(sp, "object", S6));
      }
    }
    if (wva) {
      JsonNode v = at(s, "wva");
      String vp = sp + ".wva";
      if (has(v, "keda") && has(v, "keda", "advanced")) {
        JsonNode mods = at(v, "keda", "advanced", "scalingModifiers");
        boolean anySet = false;
        for (String k : List.of("formula", "target", "activationTarget", "metricType")) {
          anySet |= !Tree.text(mods, k).isEmpty();
        }
        if (anySet) {
          out.add(failed(vp, "object", V1));
        }
      }
      if (has(v, "hpa") && has(v, "keda")) {
        out.add(failed(vp, "object", V2));
      }
      if (!has(v, "hpa") && !has(v, "keda")) {
        out.add(failed(vp, "object", V3));
      }
      hpaName(at(v, "keda"), vp + ".keda", out);
    }
    if (keda) {
      hpaName(at(s, "keda"), sp + ".keda", out);
    }
  }

  private static void hpaName(JsonNode keda, String path, List<Violation> out) {
    if (!Tree.text(keda, "advanced", "horizontalPodAutoscalerConfig", "name").isEmpty()) {
      out.add(failed(path, "object", K1));
    }
  }

  private static Violation failed(String path, String schemaType, String message) {
    return new Violation(
        path, Violation.Type.INVALID, Optional.of(GoValue.quote(schemaType)), message);
  }
}
