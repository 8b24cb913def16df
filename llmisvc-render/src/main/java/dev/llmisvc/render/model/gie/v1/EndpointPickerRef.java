package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * The endpoint picker (EPP) of a pool.
 *
 * @param group API group of the referent, {@code null} for the core group
 * @param kind kind of the referent; the server defaults {@code Service}
 * @param name its name
 * @param port the port of the picker's gRPC service, needed for a Service
 * @param failureMode {@code FailOpen} or {@code FailClose} (server default)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "port", "failureMode"})
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record EndpointPickerRef(
    String group, String kind, String name, Port port, String failureMode)
    implements KubernetesResource {}
