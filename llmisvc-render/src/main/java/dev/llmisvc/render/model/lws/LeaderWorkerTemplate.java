package dev.llmisvc.render.model.lws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * {@code spec.leaderWorkerTemplate}: the leader and worker pod templates and the group shape.
 *
 * <pre>{@code
 * new LeaderWorkerTemplate(leader, worker, 2, "RecreateGroupOnPodRestart", null);
 * }</pre>
 *
 * @param leaderTemplate the leader pod; null means the leader uses the worker template
 * @param workerTemplate the worker pods
 * @param size pods per group, leader included; null leaves it to the API server (1)
 * @param restartPolicy {@code RecreateGroupOnPodRestart} or {@code None}
 * @param subGroupPolicy how a group is split into sub-groups; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"leaderTemplate", "workerTemplate", "size", "restartPolicy", "subGroupPolicy"})
public record LeaderWorkerTemplate(
    PodTemplateSpec leaderTemplate,
    PodTemplateSpec workerTemplate,
    Integer size,
    String restartPolicy,
    SubGroupPolicy subGroupPolicy) {}
