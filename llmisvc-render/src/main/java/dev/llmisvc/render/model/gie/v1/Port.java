package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * A port number.
 *
 * @param number 1 to 65535
 */
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Port(int number) implements KubernetesResource {}
