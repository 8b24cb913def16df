package dev.llmisvc.render.model.keda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code spec} of a ScaledObject.
 *
 * <pre>{@code
 * new ScaledObjectSpec(target, null, null, null, null, 1, 4, null, null, List.of(trigger));
 * }</pre>
 *
 * @param scaleTargetRef the scaled workload
 * @param pollingInterval seconds between trigger checks
 * @param initialCooldownPeriod seconds before the first scale-down
 * @param cooldownPeriod seconds after the last active trigger before scaling to zero
 * @param idleReplicaCount replicas when no trigger is active
 * @param minReplicaCount the minimum
 * @param maxReplicaCount the maximum
 * @param fallback replicas to hold when triggers fail, as written
 * @param advanced HPA behaviour and scaling modifiers, as written
 * @param triggers the triggers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "scaleTargetRef",
  "pollingInterval",
  "initialCooldownPeriod",
  "cooldownPeriod",
  "idleReplicaCount",
  "minReplicaCount",
  "maxReplicaCount",
  "fallback",
  "advanced",
  "triggers"
})
public record ScaledObjectSpec(
    ScaleTarget scaleTargetRef,
    Integer pollingInterval,
    Integer initialCooldownPeriod,
    Integer cooldownPeriod,
    Integer idleReplicaCount,
    Integer minReplicaCount,
    Integer maxReplicaCount,
    JsonNode fallback,
    JsonNode advanced,
    List<ScaleTriggers> triggers) {}
