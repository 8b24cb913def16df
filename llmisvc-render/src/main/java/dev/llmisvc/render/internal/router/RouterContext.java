package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.SchedulerConfigSpec;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.EndpointPickerRef;
import dev.llmisvc.api.v1alpha2.InferencePoolSpec;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.PoolSpec;
import dev.llmisvc.api.v1alpha2.RouterSpec;
import dev.llmisvc.api.v1alpha2.SchedulerSpec;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The inputs of one router rendering and the facts derived from them that several steps share
 * (which objects are on, their names and labels).
 */
final class RouterContext {
  static final String STOP_ANNOTATION = "serving.kserve.io/stop";

  private final LLMInferenceService svc;
  private final ControllerSettings settings;
  private final ClusterFacts facts;
  private final UnaryOperator<PodSpec> tokenizerModelArtifacts;

  RouterContext(
      LLMInferenceService svc,
      ControllerSettings settings,
      ClusterFacts facts,
      UnaryOperator<PodSpec> tokenizerModelArtifacts) {
    this.svc = svc;
    this.settings = settings;
    this.facts = facts;
    this.tokenizerModelArtifacts = tokenizerModelArtifacts;
  }

  LLMInferenceService svc() {
    return svc;
  }

  ControllerSettings settings() {
    return settings;
  }

  ClusterFacts facts() {
    return facts;
  }

  UnaryOperator<PodSpec> tokenizerModelArtifacts() {
    return tokenizerModelArtifacts;
  }

  String name() {
    return svc.metadata().get().getName();
  }

  String namespace() {
    String ns = svc.metadata().get().getNamespace();
    return ns == null ? "" : ns;
  }

  /** {@code <namespace>/<name>}, for messages. */
  String ref() {
    return namespace() + "/" + name();
  }

  /** {@code serving.kserve.io/stop} is {@code "true"}, in any case (§8). */
  boolean stopped() {
    Map<String, String> annotations = svc.metadata().get().getAnnotations();
    return annotations != null && "true".equalsIgnoreCase(annotations.get(STOP_ANNOTATION));
  }

  Optional<RouterSpec> router() {
    return svc.spec().router();
  }

  Optional<SchedulerSpec> scheduler() {
    return router().flatMap(RouterSpec::scheduler);
  }

  /** The referenced pool's name, when {@code scheduler.pool.ref.name} is set. */
  Optional<String> poolRef() {
    return scheduler()
        .flatMap(SchedulerSpec::pool)
        .flatMap(InferencePoolSpec::ref)
        .map(Embedded::get)
        .map(LocalObjectReference::getName)
        .filter(n -> !n.isEmpty());
  }

  Optional<PoolSpec> poolSpec() {
    return scheduler().flatMap(SchedulerSpec::pool).flatMap(InferencePoolSpec::spec);
  }

  /**
   * The managed scheduler of §4.11: a scheduler with a template, no pool ref, not stopped. It gates
   * the scheduler RBAC, Deployment, Service and both pools.
   */
  boolean managedScheduler() {
    return !stopped()
        && scheduler().flatMap(SchedulerSpec::template).isPresent()
        && poolRef().isEmpty();
  }

  /** §4.12: scheduler set, no pool ref, not stopped, and a tokenizer or a plugin that needs one. */
  boolean tokenizerEnabled() {
    if (stopped() || scheduler().isEmpty() || poolRef().isPresent()) {
      return false;
    }
    if (scheduler().get().tokenizer().isPresent()) {
      return true;
    }
    return SchedulerConfigText.inlineConfig(this)
        .map(
            c ->
                SchedulerConfigText.hasPlugin(c, SchedulerConfigText.TOKEN_PRODUCER)
                    || SchedulerConfigText.hasPlugin(c, SchedulerConfigText.PRECISE_PREFIX_SCORER))
        .orElse(false);
  }

  /** The inline scheduler config of the effective spec (a ref left unresolved is ignored). */
  Optional<JsonNode> configInline() {
    return scheduler()
        .flatMap(SchedulerSpec::config)
        .flatMap(SchedulerConfigSpec::inline)
        .map(Embedded::get);
  }

  String childName(String suffix) {
    return Children.name(svc, suffix);
  }

  /** {@code ChildName(<n>, "-inference-pool")}: the managed pool and the default backend name. */
  String defaultPoolName() {
    return childName("-inference-pool");
  }

  /** {@code pool.spec.endpointPickerRef.name} verbatim, else {@code <n>-epp-service} (§4.14). */
  String eppServiceName() {
    return poolSpec()
        .flatMap(PoolSpec::endpointPickerRef)
        .flatMap(EndpointPickerRef::name)
        .filter(n -> !n.isEmpty())
        .orElseGet(() -> childName("-epp-service"));
  }

  String schedulerDeploymentName() {
    return childName("-kserve-router-scheduler");
  }

  String tokenizerName() {
    return childName("-tokenizer");
  }

  /** {@code ChildName(<n>, "-epp-sa")}, the account KServe generates. */
  String generatedSchedulerServiceAccount() {
    return childName("-epp-sa");
  }

  /** The scheduler template's account when it names one, else the generated one. */
  String schedulerServiceAccount() {
    return scheduler()
        .flatMap(SchedulerSpec::template)
        .map(t -> t.get().getServiceAccountName())
        .filter(n -> n != null && !n.isEmpty())
        .orElseGet(this::generatedSchedulerServiceAccount);
  }

  /** The scheduler's three labels (§4 {@code schedLabels}), a fresh map. */
  Map<String, String> schedulerLabels() {
    return Children.labels(svc, RouterComponents.SCHEDULER);
  }

  /** {@code http[s]://<n>-tokenizer.<ns>.svc.<cluster domain>:8000} (§4.12). */
  String tokenizerUrl() {
    return (settings.enableTls() ? "https" : "http")
        + "://"
        + tokenizerName()
        + "."
        + namespace()
        + ".svc."
        + settings.clusterDomain()
        + ":8000";
  }

  /** The name of a child when the parent is not the service (the ClusterRoleBinding). */
  static String childOf(String parent, String suffix) {
    return ChildName.of(parent, suffix);
  }
}
