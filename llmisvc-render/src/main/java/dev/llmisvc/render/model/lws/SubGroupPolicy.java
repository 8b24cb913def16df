package dev.llmisvc.render.model.lws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code spec.leaderWorkerTemplate.subGroupPolicy}.
 *
 * <pre>{@code
 * new SubGroupPolicy(2);
 * }</pre>
 *
 * @param subGroupSize pods per sub-group
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubGroupPolicy(Integer subGroupSize) {}
