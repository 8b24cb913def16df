package dev.llmisvc.render.model.keda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One entry of {@code spec.triggers}.
 *
 * <pre>{@code
 * new ScaleTriggers("prometheus", "wva-desired-replicas", null, Map.of("threshold", "1"), null, null);
 * }</pre>
 *
 * @param type the scaler, e.g. {@code prometheus}
 * @param name the trigger's name
 * @param useCachedMetrics whether KEDA may answer from its cache
 * @param metadata the scaler's settings
 * @param authenticationRef the TriggerAuthentication to use
 * @param metricType {@code AverageValue}, {@code Value} or {@code Utilization}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "type",
  "name",
  "useCachedMetrics",
  "metadata",
  "authenticationRef",
  "metricType"
})
public record ScaleTriggers(
    String type,
    String name,
    Boolean useCachedMetrics,
    Map<String, String> metadata,
    AuthenticationRef authenticationRef,
    String metricType) {}
