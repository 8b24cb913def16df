package dev.llmisvc.api.settings;

import org.immutables.value.Value;

/**
 * The {@code storageInitializer} entry of KServe's {@code inferenceservice-config}: the image and
 * resources of the container that downloads a model before the server starts, and of the modelcar
 * sidecar for {@code oci://} models. Defaults are the values KServe ships.
 */
@Value.Immutable
public abstract class StorageInitializerConfig {
  /** The image KServe falls back to when the setting is empty. */
  public static final String DEFAULT_IMAGE = "kserve/storage-initializer:latest";

  /**
   * {@code image}.
   *
   * @return default {@value #DEFAULT_IMAGE}
   */
  @Value.Default
  public String image() {
    return DEFAULT_IMAGE;
  }

  /**
   * {@code cpuRequest}.
   *
   * @return default {@code 100m}
   */
  @Value.Default
  public String cpuRequest() {
    return "100m";
  }

  /**
   * {@code cpuLimit}.
   *
   * @return default {@code 1}
   */
  @Value.Default
  public String cpuLimit() {
    return "1";
  }

  /**
   * {@code memoryRequest}.
   *
   * @return default {@code 100Mi}
   */
  @Value.Default
  public String memoryRequest() {
    return "100Mi";
  }

  /**
   * {@code memoryLimit}.
   *
   * @return default {@code 1Gi}
   */
  @Value.Default
  public String memoryLimit() {
    return "1Gi";
  }

  /**
   * {@code enableModelcar}: {@code oci://} models run as a modelcar sidecar.
   *
   * @return default {@code true}
   */
  @Value.Default
  public boolean enableModelcar() {
    return true;
  }

  /**
   * {@code cpuModelcar}.
   *
   * @return default {@code 10m}
   */
  @Value.Default
  public String cpuModelcar() {
    return "10m";
  }

  /**
   * {@code memoryModelcar}.
   *
   * @return default {@code 15Mi}
   */
  @Value.Default
  public String memoryModelcar() {
    return "15Mi";
  }

  /**
   * {@code uidModelcar}: the user the main container runs as next to a modelcar.
   *
   * @return default {@code 1010}
   */
  @Value.Default
  public long uidModelcar() {
    return 1010;
  }

  /**
   * {@code caBundleConfigMapName}: a ConfigMap of CA certificates for downloads; empty for none.
   *
   * @return default empty
   */
  @Value.Default
  public String caBundleConfigMapName() {
    return "";
  }

  /**
   * {@code caBundleVolumeMountPath}.
   *
   * @return default {@code /etc/ssl/custom-certs}
   */
  @Value.Default
  public String caBundleVolumeMountPath() {
    return "/etc/ssl/custom-certs";
  }

  /**
   * The image KServe uses: {@link #image()}, or {@value #DEFAULT_IMAGE} when it is empty.
   *
   * @return the effective image
   */
  public String effectiveImage() {
    return image().isEmpty() ? DEFAULT_IMAGE : image();
  }

  /**
   * Starts a builder at KServe's shipped values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this value.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link StorageInitializerConfig}. */
  public static final class Builder extends ImmutableStorageInitializerConfig.Builder {
    /** Creates a builder at KServe's shipped values. */
    public Builder() {}
  }
}
