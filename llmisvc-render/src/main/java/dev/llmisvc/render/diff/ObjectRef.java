package dev.llmisvc.render.diff;

import java.util.Objects;

/**
 * Names a rendered object: what the API server knows it by.
 *
 * @param apiVersion e.g. {@code apps/v1}
 * @param kind e.g. {@code Deployment}
 * @param namespace its namespace; empty for a cluster-scoped object
 * @param name its name
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {
  /** Rejects nulls. */
  public ObjectRef {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /**
   * The printed form.
   *
   * @return {@code Kind namespace/name (apiVersion)}
   */
  @Override
  public String toString() {
    return kind
        + " "
        + (namespace.isEmpty() ? "" : namespace + "/")
        + name
        + " ("
        + apiVersion
        + ")";
  }
}
