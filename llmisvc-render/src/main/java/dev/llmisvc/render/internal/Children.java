package dev.llmisvc.render.internal;

import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every object KServe creates for a service shares (rendering.md §2): its name from {@link
 * ChildName}, the service's namespace, the label vocabulary and the one controller owner reference.
 */
public final class Children {
  /** {@code app.kubernetes.io/part-of}: always {@value #PART_OF_VALUE}. */
  public static final String PART_OF = "app.kubernetes.io/part-of";

  /** The value of {@link #PART_OF}, also the controller's watch selector. */
  public static final String PART_OF_VALUE = "llminferenceservice";

  /** {@code app.kubernetes.io/name}: the service's name. */
  public static final String NAME = "app.kubernetes.io/name";

  /** {@code app.kubernetes.io/component}. */
  public static final String COMPONENT = "app.kubernetes.io/component";

  /** {@code kserve.io/component}: {@code workload} marks pods of the pool and workload Service. */
  public static final String KSERVE_COMPONENT = "kserve.io/component";

  private Children() {}

  /**
   * The child's name: {@code ChildName(metadata.name, suffix)}.
   *
   * @param svc the effective service
   * @param suffix KServe's suffix for that child, e.g. {@code -kserve-workload-svc}
   * @return the name
   */
  public static String name(LLMInferenceService svc, String suffix) {
    return ChildName.of(svc.metadata().get().getName(), suffix);
  }

  /**
   * The three labels most children carry: part-of, name and the given component.
   *
   * @param svc the effective service
   * @param component e.g. {@code llminferenceservice-workload}
   * @return a new mutable map in KServe's key order (sorted, as Go prints maps)
   */
  public static Map<String, String> labels(LLMInferenceService svc, String component) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(COMPONENT, component);
    labels.put(NAME, svc.metadata().get().getName());
    labels.put(PART_OF, PART_OF_VALUE);
    return labels;
  }

  /**
   * The workload selector ({@code GetWorkloadLabelSelector}): selects prefill and decode pods.
   *
   * @param svc the effective service
   * @return part-of, name and {@code kserve.io/component: workload}
   */
  public static Map<String, String> workloadSelector(LLMInferenceService svc) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NAME, svc.metadata().get().getName());
    labels.put(PART_OF, PART_OF_VALUE);
    labels.put(KSERVE_COMPONENT, "workload");
    return labels;
  }

  /**
   * The controller owner reference every namespaced child carries.
   *
   * @param svc the effective service; its {@code metadata.uid} may be empty before it is created
   * @return {@code serving.kserve.io/v1alpha2 LLMInferenceService}, controller and
   *     blockOwnerDeletion true
   */
  public static OwnerReference owner(LLMInferenceService svc) {
    ObjectMeta m = svc.metadata().get();
    return new OwnerReferenceBuilder()
        .withApiVersion(LLMInferenceService.API_VERSION)
        .withKind(LLMInferenceService.KIND)
        .withName(m.getName())
        .withUid(m.getUid() == null ? "" : m.getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }

  /**
   * Metadata of a namespaced child: name, the service's namespace, the labels and the owner.
   *
   * @param svc the effective service
   * @param suffix the child-name suffix
   * @param labels its labels
   * @return a new builder, for the caller to add annotations
   */
  public static ObjectMetaBuilder meta(
      LLMInferenceService svc, String suffix, Map<String, String> labels) {
    return new ObjectMetaBuilder()
        .withName(name(svc, suffix))
        .withNamespace(svc.metadata().get().getNamespace())
        .withLabels(labels)
        .withOwnerReferences(owner(svc));
  }
}
