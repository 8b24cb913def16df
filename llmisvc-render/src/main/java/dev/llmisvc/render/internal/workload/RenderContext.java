package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceSpec;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.RenderException;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rendering in progress: the effective service, the settings, and what the steps report (the
 * objects the cluster must provide, warnings). Steps read from it and never change the service.
 */
public final class RenderContext {
  private final LLMInferenceService svc;
  private final RenderSettings settings;
  private final Map<String, RequiredObject> required = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /**
   * Starts a rendering.
   *
   * @param svc the effective service
   * @param settings the settings
   */
  public RenderContext(LLMInferenceService svc, RenderSettings settings) {
    this.svc = svc;
    this.settings = settings;
  }

  /**
   * The effective service.
   *
   * @return the service
   */
  public LLMInferenceService svc() {
    return svc;
  }

  /**
   * Its spec.
   *
   * @return the effective spec
   */
  public LLMInferenceServiceSpec spec() {
    return svc.spec();
  }

  /**
   * A fresh copy of the service's metadata.
   *
   * @return the metadata
   */
  public ObjectMeta meta() {
    return svc.metadata().get();
  }

  /**
   * The service's name.
   *
   * @return {@code metadata.name}
   */
  public String name() {
    return meta().getName();
  }

  /**
   * The service's namespace.
   *
   * @return {@code metadata.namespace}, empty string when unset
   */
  public String namespace() {
    String ns = meta().getNamespace();
    return ns == null ? "" : ns;
  }

  /**
   * The service's metadata labels.
   *
   * @return the labels, empty when none
   */
  public Map<String, String> serviceLabels() {
    Map<String, String> l = meta().getLabels();
    return l == null ? Map.of() : l;
  }

  /**
   * The service's metadata annotations.
   *
   * @return the annotations, empty when none
   */
  public Map<String, String> serviceAnnotations() {
    Map<String, String> a = meta().getAnnotations();
    return a == null ? Map.of() : a;
  }

  /**
   * The render settings.
   *
   * @return the settings
   */
  public RenderSettings settings() {
    return settings;
  }

  /**
   * KServe's controller settings.
   *
   * @return the controller settings
   */
  public ControllerSettings controller() {
    return settings.controller();
  }

  /**
   * The cluster lookups.
   *
   * @return the facts
   */
  public ClusterFacts facts() {
    return settings.clusterFacts();
  }

  /**
   * Records an object the cluster must provide; the first record of an object wins.
   *
   * @param apiVersion its apiVersion
   * @param kind its kind
   * @param name its name (in the service's namespace)
   * @param reason why it is needed
   */
  public void require(String apiVersion, String kind, String name, String reason) {
    required.putIfAbsent(
        kind + "/" + name, new RequiredObject(apiVersion, kind, namespace(), name, reason));
  }

  /**
   * The objects recorded by {@link #require}, in the order first recorded.
   *
   * @return the required objects
   */
  public List<RequiredObject> required() {
    return List.copyOf(required.values());
  }

  /**
   * Records a warning.
   *
   * @param warning the text
   */
  public void warn(String warning) {
    warnings.add(warning);
  }

  /**
   * The warnings recorded so far.
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * An error for this service.
   *
   * @param field the field path
   * @param reason why
   * @return the exception, for the caller to throw
   */
  public RenderException fail(String field, String reason) {
    return new RenderException(namespace(), name(), field, reason);
  }
}
