package dev.llmisvc.render.model.keda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code triggers[].authenticationRef}.
 *
 * <pre>{@code
 * new AuthenticationRef("prometheus-auth", "ClusterTriggerAuthentication");
 * }</pre>
 *
 * @param name the (Cluster)TriggerAuthentication's name
 * @param kind {@code TriggerAuthentication} or {@code ClusterTriggerAuthentication}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"name", "kind"})
public record AuthenticationRef(String name, String kind) {}
