package dev.llmisvc.api.validation;

import static dev.llmisvc.api.validation.Tree.at;
import static dev.llmisvc.api.validation.Tree.has;
import static dev.llmisvc.api.validation.Tree.nonEmpty;
import static dev.llmisvc.api.validation.Tree.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.llmisvc.api.GoQuote;
import dev.llmisvc.api.convert.ApiVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * KServe's validating webhook for {@code LLMInferenceService} (docs §4.1, §4.2), in its order:
 * router, traffic splitting, parallelism, scheduler, scaling, then (v1alpha2) LoRA, KV-cache
 * offloading, rollout, DRA, immutability, confidential; (v1alpha1) rollout, LoRA, DRA,
 * immutability. Each group reports all its errors; "stop" in the docs ends only that group.
 */
final class ServiceWebhook {
  static final String R1 =
      "unsupported configuration: cannot use both custom HTTPRoute refs"
          + " ('spec.router.route.http.refs') and an inline route spec"
          + " ('spec.router.route.http.spec'); choose one";
  static final String R2 =
      "unsupported configuration: custom HTTP routes ('spec.router.route.http.refs') cannot be"
          + " used with a managed gateway ('spec.router.gateway'); either remove"
          + " 'spec.router.route.http.refs' or set 'spec.router.gateway.refs'";
  static final String R3_WARNING =
      "spec.router.route.http.spec.parentRefs can be omitted when spec.router.gateway.refs is"
          + " set; parentRefs will be derived automatically from gateway refs";
  static final String R3_CONFLICT =
      "unsupported configuration: managed HTTP route spec ('spec.router.route.http.spec') has"
          + " parentRefs that conflict with custom gateway refs ('spec.router.gateway.refs');"
          + " either remove 'spec.router.gateway.refs' or"
          + " 'spec.router.route.http.spec.parentRefs'";
  static final String R3_V1ALPHA1 =
      "unsupported configuration: managed HTTP route spec ('spec.router.route.http.spec') cannot"
          + " be used with custom gateway refs ('spec.router.gateway.refs'); either remove"
          + " 'spec.router.gateway.refs' or 'spec.router.route.http.spec.parentRefs'";
  static final String TRAFFIC_INGRESS =
      "traffic splitting requires Gateway API routing; the controller manages HTTPRoutes, not"
          + " Ingress resources";
  static final String TRAFFIC_REFS =
      "traffic splitting cannot be used with custom HTTPRoute refs; controller-managed routes"
          + " (route.http.spec or route.http: {}) are required";
  static final String WORKER_PARALLELISM =
      "when worker is specified, parallelism must be configured for either data parallelism or"
          + " pipeline parallelism";
  static final String PP_AND_DP =
      "cannot set both pipeline parallelism and data parallelism (data or dataLocal)"
          + " simultaneously";
  static final String SCALING_AND_REPLICAS =
      "scaling and replicas are mutually exclusive; use scaling for autoscaled deployments or"
          + " replicas for static deployments";
  static final String WVA_AND_KEDA =
      "wva and keda are mutually exclusive; choose one scaling mechanism";
  static final String VARIANT_COST =
      "variantCost must be a non-negative numeric string (e.g., \"10\", \"10.0\", \"0.5\")";
  static final String PERCENT =
      "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or"
          + " '93%', regex used for validation is '[0-9]+%')";
  static final String ROLLOUT_BOTH_ZERO =
      "maxUnavailable and maxSurge cannot both be zero; this would prevent any rolling update"
          + " progress";
  static final String ROLLOUT_MAX_SURGE =
      "maxSurge is required for multi-node workloads when maxUnavailable is 0, otherwise no"
          + " rolling update progress is possible";
  static final String CONFIDENTIAL_OCI =
      "confidential has no effect with OCI URIs; OCI image decryption is handled by the"
          + " container runtime via runtimeClassName";
  static final String CONFIDENTIAL_PVC =
      "confidential has no effect with PVC URIs; the storage-initializer is not injected for PVC"
          + " volumes";

  static final String DRA_CLASS = "serving.kserve.io/exp-dra-device-class";
  static final String DRA_COUNT = "serving.kserve.io/exp-dra-device-count";
  static final String DRA_CEL = "serving.kserve.io/exp-dra-cel-selector";
  static final String DRA_CONTAINER = "serving.kserve.io/exp-dra-container-name";

  private static final Pattern VARIANT_COST_PATTERN = Pattern.compile("^\\d+(\\.\\d+)?$");
  private static final Pattern PERCENT_PATTERN = Pattern.compile("^[0-9]+%$");
  private static final Pattern KBS =
      Pattern.compile("^kbs:///[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$");

  private final ApiVersion version;
  private final List<Violation> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private ServiceWebhook(ApiVersion version) {
    this.version = version;
  }

  /** The webhook's verdict on a CREATE ({@code old} empty) or an UPDATE. */
  static ValidationResult validate(ApiVersion version, JsonNode obj, Optional<JsonNode> old) {
    if (old.isPresent() && has(obj, "metadata", "deletionTimestamp")) {
      return ValidationResult.ok(); // ValidateUpdate skips objects being deleted
    }
    ServiceWebhook w = new ServiceWebhook(version);
    JsonNode spec = at(obj, "spec");
    w.router(spec);
    w.traffic(spec);
    w.parallelism(spec, "spec");
    if (has(spec, "prefill")) {
      w.parallelism(at(spec, "prefill"), "spec.prefill");
    }
    w.scheduler(spec);
    w.scaling(spec);
    if (version == ApiVersion.V1ALPHA2) {
      w.lora(obj);
      w.kvCache(spec);
      w.rollout(spec);
    } else {
      w.rollout(spec);
      w.lora(obj);
    }
    w.dra(obj);
    old.ifPresent(o -> w.immutable(at(o, "spec"), spec));
    if (version == ApiVersion.V1ALPHA2) {
      w.confidential(spec);
    }
    // the v1alpha1 webhook always returns empty warnings
    return new ValidationResult(w.errors, version == ApiVersion.V1ALPHA2 ? w.warnings : List.of());
  }

  // 1. router ------------------------------------------------------------------------------

  private void router(JsonNode spec) {
    JsonNode http = at(spec, "router", "route", "http");
    if (http.isMissingNode()) {
      return;
    }
    JsonNode gateway = at(spec, "router", "gateway");
    if (nonEmpty(http, "refs") && has(http, "spec")) {
      errors.add(Violation.invalid("spec.router.route.http", http, R1));
    }
    if (nonEmpty(http, "refs") && !gateway.isMissingNode() && !nonEmpty(gateway, "refs")) {
      errors.add(Violation.invalid("spec.router.route.http.refs", at(http, "refs"), R2));
    }
    if (nonEmpty(http, "spec", "parentRefs") && nonEmpty(gateway, "refs")) {
      if (version == ApiVersion.V1ALPHA1) {
        errors.add(Violation.invalid("spec.router.route.http.spec", at(http, "spec"), R3_V1ALPHA1));
      } else if (sameRefs(at(http, "spec", "parentRefs"), at(gateway, "refs"))) {
        warnings.add(R3_WARNING);
      } else {
        errors.add(Violation.invalid("spec.router.route.http.spec", at(http, "spec"), R3_CONFLICT));
      }
    }
  }

  /** Equal multisets of (namespace, name, sectionName); group, kind and port are ignored. */
  private static boolean sameRefs(JsonNode parentRefs, JsonNode gatewayRefs) {
    if (parentRefs.size() != gatewayRefs.size()) {
      return false;
    }
    Map<List<String>, Integer> count = new HashMap<>();
    parentRefs.forEach(r -> count.merge(refKey(r), 1, Integer::sum));
    gatewayRefs.forEach(r -> count.merge(refKey(r), -1, Integer::sum));
    return count.values().stream().allMatch(c -> c == 0);
  }

  private static List<String> refKey(JsonNode r) {
    return List.of(text(r, "namespace"), text(r, "name"), text(r, "sectionName"));
  }

  // 2. traffic splitting -------------------------------------------------------------------

  private void traffic(JsonNode spec) {
    JsonNode route = at(spec, "router", "route");
    boolean group = has(route, "group");
    boolean weight = has(route, "weight");
    if (route.isMissingNode() || !(group || weight)) {
      return;
    }
    if (has(spec, "router", "ingress")) {
      errors.add(
          Violation.invalid(
              "spec.router.route.group", TextNode.valueOf(text(route, "group")), TRAFFIC_INGRESS));
      return;
    }
    if (weight && !group) {
      errors.add(Violation.required("spec.router.route.group", "weight requires group"));
    }
    if (group && !weight) {
      errors.add(Violation.required("spec.router.route.weight", "group requires weight"));
    }
    if (weight != group) {
      return;
    }
    if (nonEmpty(route, "http", "refs")) {
      errors.add(Violation.invalid("spec.router.route.group", at(route, "group"), TRAFFIC_REFS));
    }
  }

  // 3. parallelism -------------------------------------------------------------------------

  private void parallelism(JsonNode w, String path) {
    JsonNode p = at(w, "parallelism");
    if (has(w, "worker")) {
      if (p.isMissingNode() || !(dataParallel(p) || pipelineParallel(p))) {
        errors.add(Violation.invalid(path + ".worker", at(w, "worker"), WORKER_PARALLELISM));
        return;
      }
    }
    if (p.isMissingNode()) {
      return;
    }
    String pp = path + ".parallelism";
    if (pipelineParallel(p) && dataParallel(p)) {
      errors.add(Violation.invalid(pp, p, PP_AND_DP));
    }
    if (has(p, "data") && !has(p, "dataLocal")) {
      errors.add(
          Violation.invalid(
              pp + ".dataLocal", at(p, "dataLocal"), "dataLocal must be set when data is set"));
    }
    if (has(p, "dataLocal") && !has(p, "data")) {
      errors.add(
          Violation.invalid(pp + ".data", at(p, "data"), "data must be set when dataLocal is set"));
    }
    positive(p, "pipeline", pp, "pipeline parallelism must be greater than 0");
    positive(p, "data", pp, "data parallelism must be greater than 0");
    positive(p, "dataLocal", pp, "dataLocal parallelism must be greater than 0");
  }

  private void positive(JsonNode p, String field, String path, String message) {
    if (has(p, field) && at(p, field).asLong() <= 0) {
      errors.add(Violation.invalid(path + "." + field, at(p, field), message));
    }
  }

  static boolean pipelineParallel(JsonNode p) {
    return Tree.integer(p, 0, "pipeline") > 0;
  }

  static boolean dataParallel(JsonNode p) {
    return Tree.integer(p, 0, "data") > 0 || Tree.integer(p, 0, "dataLocal") > 0;
  }

  /** {@code deref(ParallelismSpec.GetSize(), 1)}, with Go's int32 integer division. */
  static long size(JsonNode p) {
    if (p.isMissingNode()) {
      return 1;
    }
    if (dataParallel(p)) {
      long data = Math.max(Tree.integer(p, 1, "data"), 1);
      long local = Math.max(Tree.integer(p, 1, "dataLocal"), 1);
      return Math.max(data / local, 1);
    }
    if (pipelineParallel(p)) {
      return Tree.integer(p, 1, "pipeline");
    }
    return 1;
  }

  // 4. scheduler ---------------------------------------------------------------------------

  private void scheduler(JsonNode spec) {
    JsonNode s = at(spec, "router", "scheduler");
    if (s.isMissingNode()) {
      return;
    }
    schedulerReplicas(s, errors);
    JsonNode config = at(s, "config");
    if (config.isMissingNode()) {
      return;
    }
    String cp = "spec.router.scheduler.config";
    boolean inline = has(config, "inline");
    boolean ref = has(config, "ref");
    if (!inline && !ref) {
      errors.add(Violation.invalid(cp, config, "either inline or ref is required"));
    }
    if (inline && ref) {
      errors.add(
          Violation.invalid(
              cp, config, "both inline and ref are set, either specify inline or ref"));
    }
    if (inline && at(config, "inline").toString().length() < 3) {
      errors.add(
          Violation.invalid(
              cp + ".inline", at(config, "inline"), "inline configuration is invalid"));
    }
    if (ref && text(config, "ref", "name").isEmpty()) {
      errors.add(Violation.invalid(cp + ".ref.name", TextNode.valueOf(""), "name is empty"));
    }
  }

  static void schedulerReplicas(JsonNode scheduler, List<Violation> out) {
    if (has(scheduler, "replicas") && at(scheduler, "replicas").asLong() <= 0) {
      out.add(
          Violation.invalid(
              "spec.router.scheduler.replicas",
              at(scheduler, "replicas"),
              "scheduler replicas must be greater than zero"));
    }
  }

  // 5. scaling -----------------------------------------------------------------------------

  private void scaling(JsonNode spec) {
    workloadScaling(spec, "spec");
    JsonNode prefill = at(spec, "prefill");
    if (prefill.isMissingNode()) {
      return;
    }
    workloadScaling(prefill, "spec.prefill");
    JsonNode decode = at(spec, "scaling");
    JsonNode pre = at(prefill, "scaling");
    if (decode.isMissingNode() || pre.isMissingNode()) {
      return;
    }
    String m1 = has(decode, "keda") ? "direct keda" : "wva";
    String m2 = has(pre, "keda") ? "direct keda" : "wva";
    if (!m1.equals(m2)) {
      errors.add(
          Violation.invalid(
              "spec.prefill.scaling",
              pre,
              "decode and prefill must use the same scaling mode; decode uses "
                  + m1
                  + " but prefill uses "
                  + m2));
      return;
    }
    if (m1.equals("wva")) {
      Optional<String> b1 = backend(at(decode, "wva"));
      Optional<String> b2 = backend(at(pre, "wva"));
      if (b1.isPresent() && b2.isPresent() && !b1.equals(b2)) {
        errors.add(
            Violation.invalid(
                "spec.prefill.scaling.wva",
                at(pre, "wva"),
                "decode and prefill must use the same actuator backend; decode uses "
                    + b1.get()
                    + " but prefill uses "
                    + b2.get()
                    + " \u2014 mixing backends requires two separate metric pipelines and leads"
                    + " to independent, unsynchronised scaling decisions"));
      }
    }
  }

  private static Optional<String> backend(JsonNode wva) {
    if (has(wva, "hpa") == has(wva, "keda")) {
      return Optional.empty();
    }
    return Optional.of(has(wva, "hpa") ? "hpa" : "keda");
  }

  private void workloadScaling(JsonNode w, String path) {
    JsonNode s = at(w, "scaling");
    if (s.isMissingNode()) {
      return;
    }
    String sp = path + ".scaling";
    if (has(w, "replicas")) {
      errors.add(Violation.invalid(sp, s, SCALING_AND_REPLICAS));
    }
    long max = Tree.integer(s, 0, "maxReplicas");
    if (has(s, "minReplicas") && at(s, "minReplicas").asLong() > max) {
      long min = at(s, "minReplicas").asLong();
      errors.add(
          Violation.invalid(
              sp + ".minReplicas",
              at(s, "minReplicas"),
              "minReplicas (" + min + ") cannot exceed maxReplicas (" + max + ")"));
    }
    boolean wva = has(s, "wva");
    boolean keda = has(s, "keda");
    if (wva && keda) {
      errors.add(Violation.invalid(sp, s, WVA_AND_KEDA));
      return;
    }
    if (!wva && !keda) {
      errors.add(Violation.required(sp, CelRules.S1));
      return;
    }
    if (keda) {
      JsonNode k = at(s, "keda");
      if (!nonEmpty(k, "triggers")) {
        errors.add(Violation.required(sp + ".keda.triggers", CelRules.S3));
      }
      hpaName(k, sp + ".keda");
      idle(k, sp + ".keda", s, sp);
      return;
    }
    JsonNode v = at(s, "wva");
    String vp = sp + ".wva";
    if (has(v, "hpa") && has(v, "keda")) {
      errors.add(Violation.invalid(vp, v, CelRules.V2));
    }
    if (!has(v, "hpa") && !has(v, "keda")) {
      errors.add(Violation.required(vp, CelRules.V3));
    }
    String cost = text(v, "variantCost");
    if (!cost.isEmpty() && !VARIANT_COST_PATTERN.matcher(cost).matches()) {
      errors.add(Violation.invalid(vp + ".variantCost", at(v, "variantCost"), VARIANT_COST));
    }
    if (has(v, "keda")) {
      JsonNode k = at(v, "keda");
      JsonNode mods = at(k, "advanced", "scalingModifiers");
      boolean anySet = false;
      for (String f : List.of("formula", "target", "activationTarget", "metricType")) {
        anySet |= !text(mods, f).isEmpty();
      }
      if (anySet) {
        errors.add(Violation.forbidden(vp + ".keda.advanced.scalingModifiers", CelRules.V1));
      }
      hpaName(k, vp + ".keda");
      idle(k, vp + ".keda", s, sp);
    }
  }

  private void hpaName(JsonNode keda, String kedaPath) {
    if (!text(keda, "advanced", "horizontalPodAutoscalerConfig", "name").isEmpty()) {
      errors.add(
          Violation.forbidden(
              kedaPath + ".advanced.horizontalPodAutoscalerConfig.name", CelRules.K1));
    }
  }

  private void idle(JsonNode keda, String kedaPath, JsonNode scaling, String scalingPath) {
    if (!has(keda, "idleReplicaCount")) {
      return;
    }
    long idle = at(keda, "idleReplicaCount").asLong();
    if (!has(scaling, "minReplicas")) {
      errors.add(
          Violation.required(
              scalingPath + ".minReplicas",
              "minReplicas is required when idleReplicaCount is set; idleReplicaCount ("
                  + idle
                  + ") must be less than minReplicas"));
      return;
    }
    long min = at(scaling, "minReplicas").asLong();
    if (idle >= min) {
      errors.add(
          Violation.invalid(
              kedaPath + ".idleReplicaCount",
              at(keda, "idleReplicaCount"),
              "idleReplicaCount ("
                  + idle
                  + ") must be less than minReplicas ("
                  + min
                  + "); idleReplicaCount defines the replica floor when no triggers are active"));
    }
  }

  // 6. LoRA --------------------------------------------------------------------------------

  private void lora(JsonNode obj) {
    JsonNode model = at(obj, "spec", "model");
    JsonNode lora = at(model, "lora");
    if (lora.isMissingNode()) {
      return;
    }
    String base = has(model, "name") ? text(model, "name") : text(obj, "metadata", "name");
    String lp = "spec.model.lora";
    for (String f : List.of("maxRank", "maxAdapters", "maxCpuAdapters")) {
      if (has(lora, f) && at(lora, f).asLong() < 1) {
        errors.add(Violation.invalid(lp + "." + f, at(lora, f), f + " must be at least 1"));
      }
    }
    JsonNode adapters = at(lora, "adapters");
    if (!adapters.isArray()) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < adapters.size(); i++) {
      String ap = lp + ".adapters[" + i + "].name";
      JsonNode a = adapters.get(i);
      String name = text(a, "name");
      if (name.isEmpty()) {
        errors.add(Violation.required(ap, "adapter name is required"));
        continue;
      }
      JsonNode value = at(a, "name");
      if (name.equals(".") || name.equals("..")) {
        errors.add(
            Violation.invalid(
                ap, value, "adapter name must not include \".\" or \"..\" (path traversal risk)"));
        continue;
      }
      Integer seen = first.putIfAbsent(name, i);
      if (seen != null) {
        errors.add(Violation.invalid(ap, value, "duplicate name (same as adapters[" + seen + "])"));
      }
      if (name.equals(base)) {
        errors.add(
            Violation.invalid(
                ap, value, "adapter name must differ from base model name " + GoQuote.quote(base)));
      }
    }
  }

  // 7. KV-cache offloading -----------------------------------------------------------------

  private void kvCache(JsonNode spec) {
    kvCache(at(spec, "kvCacheOffloading"), "spec.kvCacheOffloading");
    kvCache(at(spec, "prefill", "kvCacheOffloading"), "spec.prefill.kvCacheOffloading");
  }

  private void kvCache(JsonNode kv, String path) {
    if (!nonEmpty(kv, "secondary")) {
      return;
    }
    if (Quantities.isZero(at(kv, "cpu"))) {
      errors.add(
          Violation.required(path + ".cpu", "cpu must be set when secondary tiers are configured"));
    }
    JsonNode tiers = at(kv, "secondary");
    for (int i = 0; i < tiers.size(); i++) {
      String fp = path + ".secondary[" + i + "].fileSystem";
      JsonNode fs = at(tiers.get(i), "fileSystem");
      if (fs.isMissingNode()) {
        errors.add(
            Violation.required(fp, "only fileSystem tiers are supported; fileSystem must be set"));
        continue;
      }
      int backends = (has(fs, "emptyDir") ? 1 : 0) + (has(fs, "pvc") ? 1 : 0);
      if (backends == 0) {
        errors.add(Violation.required(fp, "exactly one of emptyDir or pvc must be set"));
        continue;
      } else if (backends == 2) {
        // KServe says only this when both are set: the pvc is not looked into
        errors.add(
            Violation.invalid(
                fp, fs, "exactly one of emptyDir or pvc must be set; multiple are set"));
        continue;
      }
      JsonNode pvc = at(fs, "pvc");
      if (pvc.isMissingNode()) {
        continue;
      }
      String pp = fp + ".pvc";
      int sources = (has(pvc, "spec") ? 1 : 0) + (has(pvc, "ref") ? 1 : 0);
      if (sources == 0) {
        errors.add(Violation.required(pp, "exactly one of spec or ref must be set"));
      } else if (sources == 2) {
        errors.add(
            Violation.invalid(pp, pvc, "exactly one of spec or ref must be set; multiple are set"));
      } else if (has(pvc, "ref") && text(pvc, "ref", "name").isEmpty()) {
        errors.add(Violation.required(pp + ".ref.name", "name is required"));
      }
    }
  }

  // 8. rollout strategy --------------------------------------------------------------------

  private void rollout(JsonNode spec) {
    rollout(spec, "spec");
    if (has(spec, "prefill")) {
      rollout(at(spec, "prefill"), "spec.prefill");
    }
  }

  private void rollout(JsonNode w, String path) {
    JsonNode r = at(w, "rolloutStrategy");
    if (r.isMissingNode()) {
      return;
    }
    String rp = path + ".rolloutStrategy";
    int before = errors.size();
    for (String f : List.of("maxUnavailable", "maxSurge")) {
      JsonNode v = at(r, f);
      if (v.isMissingNode()) {
        continue;
      }
      if (v.isNumber() && v.asLong() < 0) {
        errors.add(Violation.invalid(rp + "." + f, v, "must be greater than or equal to 0"));
      } else if (v.isTextual() && !PERCENT_PATTERN.matcher(v.textValue()).matches()) {
        errors.add(Violation.invalid(rp + "." + f, v, PERCENT));
      } else if (v.isTextual() && percent(v) > 100) {
        errors.add(Violation.invalid(rp + "." + f, v, "must not be greater than 100%"));
      }
    }
    if (errors.size() > before) {
      return;
    }
    boolean unavailableSet = has(r, "maxUnavailable");
    boolean surgeSet = has(r, "maxSurge");
    long unavailable = unavailableSet ? scaled(at(r, "maxUnavailable"), false) : 0;
    long surge = surgeSet ? scaled(at(r, "maxSurge"), true) : 0;
    if (unavailableSet && surgeSet && unavailable == 0 && surge == 0) {
      errors.add(Violation.invalid(rp, r, ROLLOUT_BOTH_ZERO));
    }
    if (has(w, "worker") && unavailableSet && unavailable == 0 && !surgeSet) {
      errors.add(Violation.required(rp + ".maxSurge", ROLLOUT_MAX_SURGE));
    }
  }

  private static long percent(JsonNode v) {
    String digits = v.textValue().substring(0, v.textValue().length() - 1);
    return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /** {@code intstr.GetScaledValueFromIntOrPercent} against a total of 1. */
  private static long scaled(JsonNode v, boolean roundUp) {
    if (v.isNumber()) {
      return v.asLong();
    }
    long p = percent(v);
    return roundUp ? (p + 99) / 100 : p / 100;
  }

  // 9. managed DRA annotations -------------------------------------------------------------

  private void dra(JsonNode obj) {
    JsonNode annotations = at(obj, "metadata", "annotations");
    boolean klass = has(annotations, DRA_CLASS);
    if (!klass) {
      if (has(annotations, DRA_COUNT)
          || has(annotations, DRA_CEL)
          || has(annotations, DRA_CONTAINER)) {
        errors.add(
            Violation.required(
                annotationPath(DRA_CLASS),
                DRA_CLASS
                    + " is required to enable managed DRA when "
                    + DRA_COUNT
                    + ", "
                    + DRA_CEL
                    + ", or "
                    + DRA_CONTAINER
                    + " is set"));
      }
      return;
    }
    String cls = ManagedDraAnnotations.trimSpace(text(annotations, DRA_CLASS));
    if (cls.isEmpty()) {
      errors.add(
          Violation.invalid(
              annotationPath(DRA_CLASS),
              at(annotations, DRA_CLASS),
              "device class must not be empty"));
    } else {
      List<String> problems = Dns.subdomain(cls);
      if (!problems.isEmpty()) {
        errors.add(
            Violation.invalid(
                annotationPath(DRA_CLASS),
                at(annotations, DRA_CLASS),
                "device class must be a DNS subdomain: " + String.join("; ", problems)));
      }
    }
    if (has(annotations, DRA_COUNT)) {
      ManagedDraAnnotations.deviceCountError(text(annotations, DRA_COUNT))
          .ifPresent(
              message ->
                  errors.add(
                      Violation.invalid(
                          annotationPath(DRA_COUNT), at(annotations, DRA_COUNT), message)));
    }
    if (has(annotations, DRA_CEL)
        && ManagedDraAnnotations.celSelectors(text(annotations, DRA_CEL)).isEmpty()) {
      errors.add(
          Violation.invalid(
              annotationPath(DRA_CEL),
              at(annotations, DRA_CEL),
              "cel selector must contain at least one non-empty CEL expression"));
    }
    if (has(annotations, DRA_CONTAINER)) {
      String name = ManagedDraAnnotations.trimSpace(text(annotations, DRA_CONTAINER));
      if (name.isEmpty()) {
        errors.add(
            Violation.invalid(
                annotationPath(DRA_CONTAINER),
                at(annotations, DRA_CONTAINER),
                "container name must not be empty"));
      } else {
        List<String> problems = Dns.label(name);
        if (!problems.isEmpty()) {
          errors.add(
              Violation.invalid(
                  annotationPath(DRA_CONTAINER),
                  at(annotations, DRA_CONTAINER),
                  "container name must be a DNS label: " + String.join("; ", problems)));
        }
      }
    }
  }

  private static String annotationPath(String key) {
    return "metadata.annotations[" + key + "]";
  }

  // 10. immutability -----------------------------------------------------------------------

  private void immutable(JsonNode oldSpec, JsonNode spec) {
    immutable(at(oldSpec, "parallelism"), at(spec, "parallelism"), "spec.parallelism");
    if (has(oldSpec, "prefill") && has(spec, "prefill")) {
      immutable(
          at(oldSpec, "prefill", "parallelism"),
          at(spec, "prefill", "parallelism"),
          "spec.prefill.parallelism");
    }
  }

  private void immutable(JsonNode oldP, JsonNode newP, String path) {
    long before = size(oldP);
    long now = size(newP);
    if (before != now) {
      errors.add(
          new Violation(
              path,
              Violation.Type.NOT_SUPPORTED,
              Optional.of(GoValue.render(LongNode.valueOf(now))),
              "total parallelism size is immutable, previous size "
                  + before
                  + ", curr size "
                  + now));
    }
  }

  // 11. confidential -----------------------------------------------------------------------

  private void confidential(JsonNode spec) {
    JsonNode c = at(spec, "model", "confidential");
    if (c.isMissingNode() || !at(c, "enabled").asBoolean(false)) {
      return;
    }
    String uri = text(spec, "model", "uri");
    if (uri.startsWith("oci://")) {
      warnings.add(CONFIDENTIAL_OCI);
    } else if (uri.startsWith("pvc://")) {
      warnings.add(CONFIDENTIAL_PVC);
    }
    String id = text(c, "resourceId");
    if (!id.isEmpty() && !KBS.matcher(id).matches()) {
      errors.add(
          Violation.invalid(
              "spec.model.confidential.resourceId",
              at(c, "resourceId"),
              "must be in the format kbs:///<repo>/<type>/<tag>"));
    }
  }
}
