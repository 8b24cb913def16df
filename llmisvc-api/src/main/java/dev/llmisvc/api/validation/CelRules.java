package dev.llmisvc.api.validation;

import static dev.llmisvc.api.validation.Tree.at;
import static dev.llmisvc.api.validation.Tree.has;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.GoQuote;
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
 * <p>V1 reads {@code scalingModifiers.*} and K1 reads {@code horizontalPodAutoscalerConfig.name}
 * without {@code has()}. By CEL semantics an absent key is an evaluation error ("no such key"),
 * which the API server reports as a failed rule; this has not been verified on a live cluster. Here
 * an absent key counts as empty (the rule passes) and the doubt is returned as a warning, so a
 * valid-looking object is never rejected on an unverified reading.
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
    return validate(resource, poolRules, new ArrayList<>());
  }

  /**
   * As {@link #validate(JsonNode, boolean)}, adding the V1/K1 evaluation doubts to {@code doubts}.
   */
  static List<Violation> validate(JsonNode resource, boolean poolRules, List<String> doubts) {
    List<Violation> out = new ArrayList<>();
    JsonNode spec = at(resource, "spec");
    if (spec.isMissingNode()) {
      return out;
    }
    workload(spec, "spec", out, doubts);
    if (has(spec, "prefill")) {
      workload(at(spec, "prefill"), "spec.prefill", out, doubts);
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

  private static void workload(JsonNode w, String path, List<Violation> out, List<String> doubts) {
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
        List<String> absent = new ArrayList<>();
        for (String k : List.of("formula", "target", "activationTarget", "metricType")) {
          anySet |= !Tree.text(mods, k).isEmpty();
          if (!has(mods, k)) {
            absent.add("scalingModifiers." + k);
          }
        }
        if (anySet) {
          out.add(failed(vp, "object", V1));
        } else if (!absent.isEmpty()) {
          doubts.add(doubt(vp, absent.get(0), V1));
        }
      }
      if (has(v, "hpa") && has(v, "keda")) {
        out.add(failed(vp, "object", V2));
      }
      if (!has(v, "hpa") && !has(v, "keda")) {
        out.add(failed(vp, "object", V3));
      }
      hpaName(at(v, "keda"), vp + ".keda", out, doubts);
    }
    if (keda) {
      hpaName(at(s, "keda"), sp + ".keda", out, doubts);
    }
  }

  private static void hpaName(
      JsonNode keda, String path, List<Violation> out, List<String> doubts) {
    JsonNode config = at(keda, "advanced", "horizontalPodAutoscalerConfig");
    if (!Tree.text(config, "name").isEmpty()) {
      out.add(failed(path, "object", K1));
    } else if (!config.isMissingNode() && !has(config, "name")) {
      doubts.add(doubt(path, "horizontalPodAutoscalerConfig.name", K1));
    }
  }

  private static String doubt(String path, String key, String message) {
    return path
        + ": the CRD rule \""
        + message
        + "\" reads "
        + key
        + " without has(); the API server may fail to evaluate it (no such key) and reject"
        + " the object";
  }

  private static Violation failed(String path, String schemaType, String message) {
    return new Violation(
        path, Violation.Type.INVALID, Optional.of(GoQuote.quote(schemaType)), message);
  }
}
