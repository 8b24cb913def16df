package dev.llmisvc.compose.internal.postmerge;

/**
 * The ConfigMap a scheduler {@code config.ref} was resolved from.
 *
 * @param namespace where it was found
 * @param name its name
 * @param key the data key read ({@code epp} when the ref named none)
 */
public record ConfigMapRef(String namespace, String name, String key) {}
