package dev.llmisvc.render.model.gie.v1alpha2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code spec} of a v1alpha2 InferencePool.
 *
 * @param selector the labels of the member pods (a flat map in this version)
 * @param targetPortNumber the one port the member pods serve on
 * @param extensionRef the endpoint picker
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"selector", "targetPortNumber", "extensionRef"})
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InferencePoolSpec(
    Map<String, String> selector, int targetPortNumber, Extension extensionRef)
    implements KubernetesResource {
  /** Sorts the selector, as Go prints maps; absent stays absent. */
  public InferencePoolSpec {
    selector = selector == null ? null : Collections.unmodifiableMap(new TreeMap<>(selector));
  }
}
