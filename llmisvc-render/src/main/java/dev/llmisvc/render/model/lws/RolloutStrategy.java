package dev.llmisvc.render.model.lws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code spec.rolloutStrategy}.
 *
 * <pre>{@code
 * new RolloutStrategy("RollingUpdate", null);
 * }</pre>
 *
 * @param type {@code RollingUpdate}
 * @param rollingUpdateConfiguration the limits; null for the API server's defaults
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"type", "rollingUpdateConfiguration"})
public record RolloutStrategy(String type, RollingUpdateConfiguration rollingUpdateConfiguration) {}
