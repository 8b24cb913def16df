package dev.llmisvc.render.diff;

import java.util.List;
import java.util.Objects;

/**
 * What the after setup changes for one service compared with the before setup.
 *
 * @param namespace the service's namespace ({@code default} when it names none)
 * @param name the service's name
 * @param impact what the change does to the running service
 * @param objects the rendered objects added, removed or changed, in the after rendering's creation
 *     order, removed ones last; empty when unchanged or failed
 * @param specChanges the changed leaves of the effective spec, each with the layer that caused it;
 *     empty when the effective specs are equal, and when no object changes (provenance is only
 *     worked out for a service that changes)
 * @param errors why the service could not be composed or rendered, per setup; empty unless {@link
 *     Impact#FAILED}
 */
public record ServiceDiff(
    String namespace,
    String name,
    Impact impact,
    List<ObjectChange> objects,
    List<SpecChange> specChanges,
    List<DiffError> errors) {
  /** Rejects nulls and copies the lists. */
  public ServiceDiff {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(impact, "impact");
    objects = List.copyOf(objects);
    specChanges = List.copyOf(specChanges);
    errors = List.copyOf(errors);
  }

  /**
   * Whether anything changes or failed: what makes {@code llmisvc diff} exit non-zero.
   *
   * @return false only for {@link Impact#UNCHANGED}
   */
  public boolean changed() {
    return impact != Impact.UNCHANGED;
  }
}
