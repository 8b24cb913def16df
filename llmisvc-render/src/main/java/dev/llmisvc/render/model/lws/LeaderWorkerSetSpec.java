package dev.llmisvc.render.model.lws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code spec} of a LeaderWorkerSet.
 *
 * <pre>{@code
 * new LeaderWorkerSetSpec(2, template, new RolloutStrategy("RollingUpdate", null), "LeaderCreated");
 * }</pre>
 *
 * @param replicas the number of groups; null leaves it to the API server (1)
 * @param leaderWorkerTemplate the pod templates and group shape
 * @param rolloutStrategy how groups are rolled
 * @param startupPolicy when workers start: {@code LeaderCreated} or {@code LeaderReady}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"replicas", "leaderWorkerTemplate", "rolloutStrategy", "startupPolicy"})
public record LeaderWorkerSetSpec(
    Integer replicas,
    LeaderWorkerTemplate leaderWorkerTemplate,
    RolloutStrategy rolloutStrategy,
    String startupPolicy) {}
