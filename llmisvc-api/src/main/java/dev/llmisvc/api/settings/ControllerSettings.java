package dev.llmisvc.api.settings;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything about KServe's controller, other than the service itself, that changes the effective
 * spec or the rendered objects (rendering.md §1.1). Every attribute defaults to what a stock KServe
 * install uses, so {@code ControllerSettings.defaults()} composes and renders as KServe does out of
 * the box.
 *
 * <pre>{@code
 * ControllerSettings tls = ControllerSettings.builder()
 *     .systemNamespace("kserve-system")
 *     .enableTls(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ControllerSettings {
  /** KServe's own namespace by default. */
  public static final String DEFAULT_SYSTEM_NAMESPACE = "kserve";

  /** Name prefix of the well-known configs by default. */
  public static final String DEFAULT_CONFIG_PREFIX = "kserve-";

  /**
   * Where KServe runs ({@code POD_NAMESPACE}): presets and shared configs are looked up there after
   * the service's namespace.
   *
   * @return the system namespace, default {@code kserve}
   */
  @Value.Default
  public String systemNamespace() {
    return DEFAULT_SYSTEM_NAMESPACE;
  }

  /**
   * Name prefix of the well-known configs ({@code LLM_INFERENCE_SERVICE_CONFIG_PREFIX}).
   *
   * @return the prefix, default {@code kserve-}
   */
  @Value.Default
  public String configPrefix() {
    return DEFAULT_CONFIG_PREFIX;
  }

  /**
   * Whether preset names are pinned per service in {@code status.annotations} ({@code
   * LLM_INFERENCE_SERVICE_VERSIONED_CONFIG}).
   *
   * @return default {@code true}
   */
  @Value.Default
  public boolean versionedConfigs() {
    return true;
  }

  /**
   * Name of the ingress gateway HTTPRoutes attach to ({@code ingress.kserveIngressGateway}).
   *
   * @return default {@code kserve-ingress-gateway}
   */
  @Value.Default
  public String ingressGatewayName() {
    return "kserve-ingress-gateway";
  }

  /**
   * Namespace of the ingress gateway. KServe's shipped {@code kserve/kserve-ingress-gateway} names
   * it explicitly, so it stays {@code kserve} when only the system namespace changes; a setting
   * without the {@code ns/} part means the system namespace (give it here).
   *
   * @return default {@code kserve}
   */
  @Value.Default
  public String ingressGatewayNamespace() {
    return "kserve";
  }

  /**
   * {@code ingress.enableLLMInferenceServiceTLS}: HTTPS between gateway, scheduler and workload.
   *
   * @return default {@code false} (the shipped ConfigMap does not set it)
   */
  @Value.Default
  public boolean enableTls() {
    return false;
  }

  /**
   * {@code ingress.modelBasedRoutingHeaderName}: the header HTTPRoute rules match model names on.
   *
   * @return default {@code X-Gateway-Model-Name}
   */
  @Value.Default
  public String modelBasedRoutingHeaderName() {
    return "X-Gateway-Model-Name";
  }

  /**
   * {@code ingress.modelBasedRoutingMode}: whether header-match rules are kept, forced or stripped.
   *
   * @return default {@link ModelBasedRoutingMode#ENABLED}
   */
  @Value.Default
  public ModelBasedRoutingMode modelBasedRoutingMode() {
    return ModelBasedRoutingMode.ENABLED;
  }

  /**
   * {@code ingress.urlScheme}; only status uses it.
   *
   * @return default {@code http}
   */
  @Value.Default
  public String urlScheme() {
    return "http";
  }

  /**
   * The cluster's DNS domain (certificate SANs, tokenizer URL).
   *
   * @return default {@code cluster.local}
   */
  @Value.Default
  public String clusterDomain() {
    return "cluster.local";
  }

  /**
   * {@code storageInitializer}: the container that downloads models.
   *
   * @return default: KServe's shipped values
   */
  @Value.Default
  public StorageInitializerConfig storageInitializer() {
    return StorageInitializerConfig.builder().build();
  }

  /**
   * {@code credentials}: where storage credentials are found.
   *
   * @return default: KServe's shipped values
   */
  @Value.Default
  public CredentialConfig credentials() {
    return CredentialConfig.builder().build();
  }

  /**
   * {@code scheduler.expirationAnnotations}: the first one is written on the self-signed
   * certificate Secret.
   *
   * @return default {@code certificates.kserve.io/expiration}
   */
  @Value.Default
  public String certificateExpirationAnnotation() {
    return "certificates.kserve.io/expiration";
  }

  /**
   * {@code autoscaling-wva-controller-config}: required when a service scales with WVA through
   * KEDA.
   *
   * @return absent by default, as in KServe
   */
  public abstract Optional<WvaConfig> wva();

  /**
   * The InferencePool API versions the cluster serves: v1 ({@code inference.networking.k8s.io})
   * always; v1alpha2 ({@code inference.networking.x-k8s.io}) when its CRD is installed, in which
   * case KServe also creates that pool.
   *
   * @return default: only v1
   */
  @Value.Default
  public Set<InferencePoolVersion> inferencePoolVersions() {
    return Set.of(InferencePoolVersion.V1);
  }

  @Value.Check
  void check() {
    if (!inferencePoolVersions().contains(InferencePoolVersion.V1)) {
      throw new IllegalArgumentException(
          "inferencePoolVersions: v1 is always served by the clusters KServe supports");
    }
  }

  /**
   * KServe's defaults.
   *
   * @return a value equal to {@code builder().build()}
   */
  public static ControllerSettings defaults() {
    return builder().build();
  }

  /**
   * Starts an empty builder: every attribute at KServe's default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this value, to build a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ControllerSettings}. */
  public static final class Builder extends ImmutableControllerSettings.Builder {
    /** Creates a builder at KServe's defaults. */
    public Builder() {}
  }

  /** {@code ingress.modelBasedRoutingMode}. */
  public enum ModelBasedRoutingMode {
    /** Header-match rules kept unless a referenced Gateway opts out. */
    ENABLED,
    /** Header-match rules kept whatever the Gateway says. */
    FORCED,
    /** Header-match rules stripped. */
    DISABLED
  }

  /** An InferencePool API version. */
  public enum InferencePoolVersion {
    /** {@code inference.networking.k8s.io/v1}. */
    V1,
    /** {@code inference.networking.x-k8s.io/v1alpha2}. */
    V1ALPHA2
  }
}
