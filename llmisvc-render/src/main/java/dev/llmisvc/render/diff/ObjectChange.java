package dev.llmisvc.render.diff;

import java.util.List;
import java.util.Objects;

/**
 * One rendered object that a diff adds, removes or changes.
 *
 * @param ref the object
 * @param type added, removed or changed
 * @param fields for a changed object, every changed value in document order; empty otherwise
 * @param unifiedDiff the object's YAML before and after as a unified diff (3 lines of context); for
 *     an added or removed object, all its lines added or removed
 */
public record ObjectChange(ObjectRef ref, Type type, List<FieldChange> fields, String unifiedDiff) {
  /** What happened to the object. */
  public enum Type {
    /** Only the after rendering has it: it would be created. */
    ADDED,
    /** Only the before rendering has it: it would be deleted. */
    REMOVED,
    /** Both have it, with different content: it would be updated. */
    CHANGED
  }

  /** Rejects nulls and copies the list. */
  public ObjectChange {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unifiedDiff, "unifiedDiff");
    fields = List.copyOf(fields);
  }
}
