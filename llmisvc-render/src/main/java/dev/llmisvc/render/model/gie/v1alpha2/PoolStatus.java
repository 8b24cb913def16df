package dev.llmisvc.render.model.gie.v1alpha2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.llmisvc.render.model.gie.v1.ParentReference;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.List;

/**
 * What one Gateway controller reports about a v1alpha2 pool.
 *
 * @param parentRef the Gateway (same shape as v1's)
 * @param conditions {@code Accepted}, {@code ResolvedRefs}, ...
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PoolStatus(ParentReference parentRef, List<Condition> conditions)
    implements KubernetesResource {
  /** Keeps {@code conditions} immutable; absent reads as none. */
  public PoolStatus {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }
}
