package dev.llmisvc.render.model.keda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code status} of a ScaledObject, reduced to what a reader checks first. The renderer never
 * writes it.
 *
 * <pre>{@code
 * String hpa = so.getStatus().hpaName();
 * }</pre>
 *
 * @param hpaName the HPA KEDA created
 * @param originalReplicaCount the target's replicas before KEDA took over
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScaledObjectStatus(String hpaName, Integer originalReplicaCount) {}
