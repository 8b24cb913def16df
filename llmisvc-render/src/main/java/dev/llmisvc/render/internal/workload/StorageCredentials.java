package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.settings.CredentialConfig;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage credentials on the {@code storage-initializer} (rendering.md §5.1, KServe's credential
 * builder): the Secret named by the service's storage-secret annotation wins, otherwise every
 * Secret the ServiceAccount lists. An S3 Secret gives {@code AWS_ACCESS_KEY_ID} / {@code
 * AWS_SECRET_ACCESS_KEY} secretKeyRefs plus endpoint env from its annotations, a Hugging Face
 * Secret {@code HF_TOKEN}, a GCS Secret the volume {@code user-gcp-sa}; an account annotated for
 * IAM roles ({@code eks.amazonaws.com/role-arn}) adds S3 env from its own annotations. Azure,
 * HTTPS, HDFS and ModelScope Secrets are not handled; they are rare with LLM workloads.
 */
final class StorageCredentials {
  static final String IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";
  private static final String S3_PREFIX = "serving.kserve.io/";
  private static final String GCS_VOLUME = "user-gcp-sa";

  private StorageCredentials() {}

  static void attach(RenderContext ctx, ServiceAccount sa, Container init, PodSpec pod) {
    CredentialConfig config = ctx.controller().credentials();
    Map<String, String> saAnnotations =
        sa.getMetadata().getAnnotations() == null ? Map.of() : sa.getMetadata().getAnnotations();
    if (saAnnotations.containsKey(IRSA_ANNOTATION)) {
      // IAM role for the ServiceAccount: S3 settings come from the account's own annotations.
      PodSpecs.env(init).addAll(s3Env(saAnnotations, Map.of()));
    }
    String annotated = ctx.serviceAnnotations().get(config.storageSecretNameAnnotation());
    if (annotated != null) {
      mount(ctx, annotated, init, pod, "annotation " + config.storageSecretNameAnnotation());
      return;
    }
    if (sa.getSecrets() != null) {
      for (ObjectReference ref : sa.getSecrets()) {
        mount(
            ctx,
            ref.getName(),
            init,
            pod,
            "secrets of ServiceAccount " + sa.getMetadata().getName());
      }
    }
  }

  private static void mount(
      RenderContext ctx, String secretName, Container init, PodSpec pod, String why) {
    Optional<Secret> found = ctx.facts().secret(ctx.namespace(), secretName);
    ctx.require("v1", "Secret", secretName, "storage credentials (" + why + ")");
    if (found.isEmpty()) {
      return;
    }
    Secret secret = found.get();
    CredentialConfig config = ctx.controller().credentials();
    Map<String, String> data = new java.util.HashMap<>();
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (k, v) -> {
                try {
                  data.put(
                      k,
                      new String(
                          java.util.Base64.getDecoder().decode(v),
                          java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                  data.put(k, v);
                }
              });
    }
    if (secret.getStringData() != null) {
      data.putAll(secret.getStringData());
    }
    if (data.containsKey(config.s3SecretAccessKeyName())) {
      List<EnvVar> envs = new ArrayList<>();
      envs.add(secretRef("AWS_ACCESS_KEY_ID", secretName, config.s3AccessKeyIdName()));
      envs.add(secretRef("AWS_SECRET_ACCESS_KEY", secretName, config.s3SecretAccessKeyName()));
      envs.addAll(
          s3Env(
              secret.getMetadata().getAnnotations() == null
                  ? Map.of()
                  : secret.getMetadata().getAnnotations(),
              data));
      mergeEnvs(init, envs);
    } else if (data.containsKey(config.gcsCredentialFileName())) {
      if (!PodSpecs.hasVolume(pod, GCS_VOLUME)) {
        PodSpecs.volumes(pod)
            .add(
                new VolumeBuilder()
                    .withName(GCS_VOLUME)
                    .withNewSecret()
                    .withSecretName(secretName)
                    .endSecret()
                    .build());
      }
      PodSpecs.mounts(init).add(PodSpecs.mount(GCS_VOLUME, "/var/secrets/", null, true));
      PodSpecs.env(init)
          .add(
              new EnvVar(
                  "GOOGLE_APPLICATION_CREDENTIALS",
                  "/var/secrets/" + config.gcsCredentialFileName(),
                  null));
    } else if (data.containsKey("HF_TOKEN")) {
      PodSpecs.env(init).add(secretRef("HF_TOKEN", secretName, "HF_TOKEN"));
    }
  }

  /**
   * The S3 endpoint and option env ({@code BuildS3EnvVars}): each value from the Secret's
   * annotation, else the Secret's data under the env name. An endpoint with a scheme decides {@code
   * S3_USE_HTTPS}; without one, https unless use-https is {@code "0"}. The controller-wide S3
   * defaults of {@code inferenceservice-config} are not modelled (none by default).
   */
  private static List<EnvVar> s3Env(Map<String, String> a, Map<String, String> data) {
    List<EnvVar> envs = new ArrayList<>();
    String endpoint = value(a, data, "s3-endpoint", "S3_ENDPOINT").trim();
    if (!endpoint.isEmpty()) {
      String lower = endpoint.toLowerCase(java.util.Locale.ROOT);
      String useHttps;
      String host;
      String url;
      if (lower.startsWith("https://")) {
        useHttps = "1";
        host = endpoint.substring(8);
        url = endpoint;
      } else if (lower.startsWith("http://")) {
        useHttps = "0";
        host = endpoint.substring(7);
        url = endpoint;
      } else {
        useHttps = value(a, data, "s3-usehttps", "S3_USE_HTTPS");
        host = endpoint;
        url = ("0".equals(useHttps) ? "http://" : "https://") + endpoint;
      }
      if (!useHttps.isEmpty()) {
        envs.add(new EnvVar("S3_USE_HTTPS", useHttps, null));
      }
      envs.add(new EnvVar("S3_ENDPOINT", host, null));
      envs.add(new EnvVar("AWS_ENDPOINT_URL", url, null));
    }
    addIfSet(envs, a, data, "s3-verifyssl", "S3_VERIFY_SSL");
    addIfSet(envs, a, data, "s3-useanoncredential", "awsAnonymousCredential");
    addIfSet(envs, a, data, "s3-region", "AWS_DEFAULT_REGION");
    addIfSet(envs, a, data, "s3-usevirtualbucket", "S3_USER_VIRTUAL_BUCKET");
    addIfSet(envs, a, data, "s3-useaccelerate", "S3_USE_ACCELERATE");
    addIfSet(envs, a, data, "s3-cabundle", "AWS_CA_BUNDLE");
    addIfSet(envs, a, data, "s3-cabundle-configmap", "AWS_CA_BUNDLE_CONFIGMAP");
    return envs;
  }

  private static String value(
      Map<String, String> annotations, Map<String, String> data, String key, String dataKey) {
    String v = annotations.get(S3_PREFIX + key);
    if (v != null) {
      return v;
    }
    return data.getOrDefault(dataKey, "");
  }

  private static void addIfSet(
      List<EnvVar> envs,
      Map<String, String> annotations,
      Map<String, String> data,
      String key,
      String env) {
    String v = value(annotations, data, key, env);
    if (!v.isEmpty()) {
      envs.add(new EnvVar(env, v, null));
    }
  }

  /** {@code utils.MergeEnvs}: override values of existing names in place, append the rest. */
  private static void mergeEnvs(Container c, List<EnvVar> overrides) {
    List<EnvVar> env = PodSpecs.env(c);
    for (EnvVar o : overrides) {
      boolean replaced = false;
      for (int i = 0; i < env.size(); i++) {
        if (env.get(i).getName().equals(o.getName())) {
          env.set(i, o);
          replaced = true;
        }
      }
      if (!replaced) {
        env.add(o);
      }
    }
  }

  private static EnvVar secretRef(String name, String secret, String key) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewSecretKeyRef()
        .withName(secret)
        .withKey(key)
        .endSecretKeyRef()
        .endValueFrom()
        .build();
  }
}
