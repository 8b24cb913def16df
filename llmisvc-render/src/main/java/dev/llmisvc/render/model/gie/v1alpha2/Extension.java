package dev.llmisvc.render.model.gie.v1alpha2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * The endpoint picker of a v1alpha2 pool ({@code extensionRef}).
 *
 * @param group API group of the referent, {@code null} for the core group
 * @param kind kind of the referent; Go always prints it, so set it ({@code ""} included)
 * @param name its name
 * @param portNumber the picker's gRPC port
 * @param failureMode {@code FailOpen} or {@code FailClose}; Go always prints it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "portNumber", "failureMode"})
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Extension(
    String group, String kind, String name, Integer portNumber, String failureMode)
    implements KubernetesResource {}
