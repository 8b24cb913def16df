package dev.llmisvc.compose.template;

import dev.llmisvc.api.settings.ControllerSettings;
import java.util.Objects;

/**
 * The controller settings templates read through {@code .GlobalConfig}: exactly the fields KServe
 * exposes (the sixth, {@code InferencePoolNamespacedName}, is derived per config by {@link
 * ConfigTemplate#render}). In KServe they come from the {@code ingress} key of the {@code
 * inferenceservice-config} ConfigMap.
 *
 * <p>Derived from {@link ControllerSettings}, the one settings type of the library; internal to the
 * template engine.
 *
 * @param systemNamespace {@code .GlobalConfig.SystemNamespace}, where KServe runs
 * @param ingressGatewayName {@code .GlobalConfig.IngressGatewayName}
 * @param ingressGatewayNamespace {@code .GlobalConfig.IngressGatewayNamespace}
 * @param enableTls {@code .GlobalConfig.EnableTLS}
 * @param modelBasedRoutingHeaderName {@code .GlobalConfig.ModelBasedRoutingHeaderName}
 */
record GlobalConfig(
    String systemNamespace,
    String ingressGatewayName,
    String ingressGatewayNamespace,
    boolean enableTls,
    String modelBasedRoutingHeaderName) {

  /** Rejects nulls; empty strings are allowed (they are Go's zero values). */
  public GlobalConfig {
    Objects.requireNonNull(systemNamespace, "systemNamespace");
    Objects.requireNonNull(ingressGatewayName, "ingressGatewayName");
    Objects.requireNonNull(ingressGatewayNamespace, "ingressGatewayNamespace");
    Objects.requireNonNull(modelBasedRoutingHeaderName, "modelBasedRoutingHeaderName");
  }

  /**
   * The fields of {@code settings} templates can read.
   *
   * @param settings the controller settings
   * @return the template view of them
   */
  static GlobalConfig of(ControllerSettings settings) {
    return new GlobalConfig(
        settings.systemNamespace(),
        settings.ingressGatewayName(),
        settings.ingressGatewayNamespace(),
        settings.enableTls(),
        settings.modelBasedRoutingHeaderName());
  }

  /**
   * KServe's defaults: system namespace {@code kserve}, gateway {@code
   * kserve/kserve-ingress-gateway}, TLS off, header {@code X-Gateway-Model-Name}.
   */
  public static GlobalConfig defaults() {
    return new GlobalConfig(
        "kserve", "kserve-ingress-gateway", "kserve", false, "X-Gateway-Model-Name");
  }

  /** A copy with {@code enableTls} replaced. */
  public GlobalConfig withEnableTls(boolean enable) {
    return new GlobalConfig(
        systemNamespace,
        ingressGatewayName,
        ingressGatewayNamespace,
        enable,
        modelBasedRoutingHeaderName);
  }
}
