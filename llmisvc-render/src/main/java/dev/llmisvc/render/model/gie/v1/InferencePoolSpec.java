package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.List;

/**
 * {@code spec} of a v1 InferencePool: which pods, on which ports, behind which endpoint picker.
 *
 * @param selector the labels of the member pods
 * @param targetPorts the ports the member pods serve on
 * @param appProtocol the protocol they speak, {@code null} for the server default ({@code http})
 * @param endpointPickerRef the endpoint picker the Gateway consults
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"selector", "targetPorts", "appProtocol", "endpointPickerRef"})
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InferencePoolSpec(
    LabelSelector selector,
    List<Port> targetPorts,
    String appProtocol,
    EndpointPickerRef endpointPickerRef)
    implements KubernetesResource {
  /** Keeps {@code targetPorts} immutable; absent reads as none. */
  public InferencePoolSpec {
    targetPorts = targetPorts == null ? List.of() : List.copyOf(targetPorts);
  }
}
