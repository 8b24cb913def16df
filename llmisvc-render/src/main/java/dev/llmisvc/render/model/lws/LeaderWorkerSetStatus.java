package dev.llmisvc.render.model.lws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code status} of a LeaderWorkerSet, the counts only. The renderer never writes it.
 *
 * <pre>{@code
 * int ready = lws.getStatus().readyReplicas();
 * }</pre>
 *
 * @param replicas groups created
 * @param readyReplicas groups ready
 * @param updatedReplicas groups at the current template
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeaderWorkerSetStatus(
    Integer replicas, Integer readyReplicas, Integer updatedReplicas) {}
