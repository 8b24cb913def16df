package dev.llmisvc.api.settings;

import org.immutables.value.Value;

/**
 * The {@code credentials} entry of KServe's {@code inferenceservice-config}: which annotation names
 * a storage Secret, and the keys storage credentials are read from. Defaults are KServe's.
 */
@Value.Immutable
public abstract class CredentialConfig {
  /**
   * {@code storageSecretNameAnnotation}: a service annotation naming the Secret that holds storage
   * credentials.
   *
   * @return default {@code serving.kserve.io/storageSecretName}
   */
  @Value.Default
  public String storageSecretNameAnnotation() {
    return "serving.kserve.io/storageSecretName";
  }

  /**
   * {@code s3.s3AccessKeyIDName}: the Secret key of the S3 access key id.
   *
   * @return default {@code AWS_ACCESS_KEY_ID}
   */
  @Value.Default
  public String s3AccessKeyIdName() {
    return "AWS_ACCESS_KEY_ID";
  }

  /**
   * {@code s3.s3SecretAccessKeyName}: the Secret key of the S3 secret key.
   *
   * @return default {@code AWS_SECRET_ACCESS_KEY}
   */
  @Value.Default
  public String s3SecretAccessKeyName() {
    return "AWS_SECRET_ACCESS_KEY";
  }

  /**
   * {@code gcs.gcsCredentialFileName}: the Secret key of a GCS service-account file.
   *
   * @return default {@code gcloud-application-credentials.json}
   */
  @Value.Default
  public String gcsCredentialFileName() {
    return "gcloud-application-credentials.json";
  }

  /**
   * Starts a builder at KServe's defaults.
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

  /** Builds {@link CredentialConfig}. */
  public static final class Builder extends ImmutableCredentialConfig.Builder {
    /** Creates a builder at KServe's defaults. */
    public Builder() {}
  }
}
