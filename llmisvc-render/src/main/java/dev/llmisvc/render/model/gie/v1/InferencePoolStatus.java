package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.List;

/**
 * {@code status} of a v1 InferencePool, written by Gateway controllers; the renderer never sets it.
 *
 * @param parents one entry per Gateway that references the pool
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InferencePoolStatus(List<ParentStatus> parents) implements KubernetesResource {
  /** Keeps {@code parents} immutable; absent reads as none. */
  public InferencePoolStatus {
    parents = parents == null ? List.of() : List.copyOf(parents);
  }
}
