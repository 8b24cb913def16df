package dev.llmisvc.examples.reconcile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one reconcile pass did for one service: its objects applied, the step that failed, or why it
 * was left alone.
 */
public sealed interface Outcome permits Outcome.Applied, Outcome.Failed, Outcome.Skipped {
  /**
   * The service's namespace.
   *
   * @return the namespace
   */
  String namespace();

  /**
   * The service's name.
   *
   * @return the name
   */
  String name();

  /**
   * One line for people, e.g. {@code llm/qwen: applied Deployment llm/qwen-kserve, ...}.
   *
   * @return the line
   */
  String describe();

  /** The step of a pass that failed for a service. */
  enum Stage {
    /** The listed resource does not fit the v1alpha2 model (an unknown field, a wrong type). */
    READ,
    /** Composition failed: a missing config, a merge or template error. */
    COMPOSE,
    /** The renderer refused the effective spec, as KServe's controller would. */
    RENDER,
    /** The API server refused an apply (RBAC, validation, an unknown kind). */
    APPLY
  }

  /**
   * A rendered object that was applied.
   *
   * @param apiVersion its apiVersion
   * @param kind its kind
   * @param namespace its namespace; empty for a cluster-scoped object
   * @param name its name
   */
  record AppliedObject(String apiVersion, String kind, String namespace, String name) {
    /** Rejects nulls. */
    public AppliedObject {
      Objects.requireNonNull(apiVersion, "apiVersion");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(name, "name");
    }

    /**
     * The reference of an object.
     *
     * @param o the object
     * @return its apiVersion, kind, namespace and name
     */
    public static AppliedObject of(HasMetadata o) {
      String ns = o.getMetadata().getNamespace();
      return new AppliedObject(
          o.getApiVersion(), o.getKind(), ns == null ? "" : ns, o.getMetadata().getName());
    }

    @Override
    public String toString() {
      return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
  }

  /**
   * Every rendered object was applied.
   *
   * @param namespace the service's namespace
   * @param name the service's name
   * @param objects the objects applied, in KServe's creation order
   * @param kept rendered objects left as the cluster has them: the self-signed certificate Secret
   *     once it exists
   * @param warnings the renderer's warnings, and each object the cluster must already provide
   */
  record Applied(
      String namespace,
      String name,
      List<AppliedObject> objects,
      List<AppliedObject> kept,
      List<String> warnings)
      implements Outcome {
    /** Rejects nulls and copies the lists. */
    public Applied {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(name, "name");
      objects = List.copyOf(objects);
      kept = List.copyOf(kept);
      warnings = List.copyOf(warnings);
    }

    @Override
    public String describe() {
      return namespace
          + "/"
          + name
          + ": applied "
          + objects.stream().map(AppliedObject::toString).collect(Collectors.joining(", "))
          + (kept.isEmpty()
              ? ""
              : "; kept "
                  + kept.stream().map(AppliedObject::toString).collect(Collectors.joining(", ")));
    }
  }

  /**
   * A step failed; the pass went on with the next service.
   *
   * @param namespace the service's namespace
   * @param name the service's name
   * @param stage the step that failed
   * @param message why, in the words of the library or the API server
   * @param applied the objects applied before an apply failed; empty for other stages
   * @param cause the exception, when one was thrown (a failed composition throws none)
   */
  record Failed(
      String namespace,
      String name,
      Stage stage,
      String message,
      List<AppliedObject> applied,
      Optional<RuntimeException> cause)
      implements Outcome {
    /** Rejects nulls and copies the list. */
    public Failed {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(message, "message");
      applied = List.copyOf(applied);
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String describe() {
      return namespace
          + "/"
          + name
          + ": "
          + stage.name().toLowerCase(java.util.Locale.ROOT)
          + " failed: "
          + message;
    }
  }

  /**
   * The service was left alone.
   *
   * @param namespace the service's namespace
   * @param name the service's name
   * @param reason why
   */
  record Skipped(String namespace, String name, String reason) implements Outcome {
    /** Rejects nulls. */
    public Skipped {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return namespace + "/" + name + ": skipped: " + reason;
    }
  }
}
