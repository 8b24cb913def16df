package dev.llmisvc.render.context;

import java.util.Objects;

/**
 * An object the cluster must provide for the rendered objects to work, which the renderer did not
 * create: the TLS Secret when it is not generated, a named ServiceAccount, a credential Secret, a
 * ConfigMap or PersistentVolumeClaim a pod mounts.
 *
 * <pre>{@code
 * for (RequiredObject r : rendering.required()) {
 *   System.out.println(r.kind() + " " + r.namespace() + "/" + r.name() + ": " + r.reason());
 * }
 * }</pre>
 *
 * @param apiVersion its apiVersion, e.g. {@code v1}
 * @param kind its kind, e.g. {@code Secret}
 * @param namespace its namespace
 * @param name its name
 * @param reason why it is needed, naming the field that refers to it
 */
public record RequiredObject(
    String apiVersion, String kind, String namespace, String name, String reason) {
  /**
   * Checks that no component is null.
   *
   * @param apiVersion its apiVersion
   * @param kind its kind
   * @param namespace its namespace
   * @param name its name
   * @param reason why it is needed
   */
  public RequiredObject {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }
}
