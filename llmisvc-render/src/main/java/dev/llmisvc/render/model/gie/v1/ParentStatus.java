package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.List;

/**
 * What one Gateway controller reports about the pool.
 *
 * @param conditions {@code Accepted}, {@code ResolvedRefs}, ...
 * @param controllerName the reporting controller
 * @param parentRef the Gateway
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ParentStatus(
    List<Condition> conditions, String controllerName, ParentReference parentRef)
    implements KubernetesResource {
  /** Keeps {@code conditions} immutable; absent reads as none. */
  public ParentStatus {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }
}
