package dev.llmisvc.render.model.lws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * {@code spec.rolloutStrategy.rollingUpdateConfiguration}.
 *
 * <pre>{@code
 * new RollingUpdateConfiguration(new IntOrString(1), new IntOrString(0));
 * }</pre>
 *
 * @param maxUnavailable groups that may be unavailable during a rollout
 * @param maxSurge extra groups a rollout may create
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"maxUnavailable", "maxSurge"})
public record RollingUpdateConfiguration(IntOrString maxUnavailable, IntOrString maxSurge) {}
