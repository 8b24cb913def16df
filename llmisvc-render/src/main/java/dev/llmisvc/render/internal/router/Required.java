package dev.llmisvc.render.internal.router;

/**
 * An object the cluster must provide for the rendered objects to work as KServe's would: KServe
 * reads it while reconciling and fails (or degrades) when it is missing.
 *
 * @param apiVersion e.g. {@code gateway.networking.k8s.io/v1}
 * @param kind e.g. {@code Gateway}
 * @param namespace its namespace
 * @param name its name
 * @param reason which field of the effective spec names it, and what KServe does with it
 */
public record Required(
    String apiVersion, String kind, String namespace, String name, String reason) {}
