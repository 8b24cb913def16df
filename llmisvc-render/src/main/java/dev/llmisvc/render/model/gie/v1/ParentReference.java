package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * A Gateway a pool status entry is about.
 *
 * @param group its API group, {@code gateway.networking.k8s.io} by default
 * @param kind its kind, {@code Gateway} by default
 * @param name its name
 * @param namespace its namespace, {@code null} for the pool's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ParentReference(String group, String kind, String name, String namespace)
    implements KubernetesResource {}
