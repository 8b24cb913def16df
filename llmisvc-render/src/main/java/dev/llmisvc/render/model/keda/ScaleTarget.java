package dev.llmisvc.render.model.keda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code spec.scaleTargetRef}.
 *
 * <pre>{@code
 * new ScaleTarget("apps/v1", "Deployment", "llama-kserve");
 * }</pre>
 *
 * @param apiVersion the target's apiVersion
 * @param kind the target's kind
 * @param name the target's name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"apiVersion", "kind", "name"})
public record ScaleTarget(String apiVersion, String kind, String name) {}
