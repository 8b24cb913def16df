package dev.llmisvc.render.internal.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.settings.StorageInitializerConfig;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ModelArtifacts} through its public entry point (rendering.md §5.1). */
class ModelArtifactsTest {
  private static LLMInferenceService svc(String uri, String metadataExtra) {
    return LlmisvcMapper.read(
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceService
        metadata:
          name: m
          namespace: ns
        %s
        spec:
          model:
            uri: %s
        """
            .formatted(metadataExtra, uri),
        LLMInferenceService.class);
  }

  private static PodSpec pod() {
    return new PodSpecBuilder().addNewContainer().withName("main").endContainer().build();
  }

  private static PodSpec attach(RenderContext ctx, String path) {
    PodSpec pod = pod();
    ModelArtifacts.attach(ctx, pod, "main", path, Optional.empty(), Optional.empty());
    return pod;
  }

  @Test
  void tokenizerPathMountsTheDownloadThereButDownloadsToMntModels() {
    PodSpec pod =
        attach(
            new RenderContext(svc("hf://org/m", ""), RenderSettings.defaults()),
            "/mnt/models/base");
    assertThat(pod.getInitContainers().get(0).getArgs())
        .containsExactly("hf://org/m", "/mnt/models");
    assertThat(pod.getInitContainers().get(0).getVolumeMounts().get(0).getMountPath())
        .isEqualTo("/mnt/models");
    VolumeMount target = pod.getContainers().get(0).getVolumeMounts().get(0);
    assertThat(target.getMountPath()).isEqualTo("/mnt/models/base");
    assertThat(target.getReadOnly()).isTrue();
  }

  @Test
  void modelcarForAnotherPathCreatesTheParentFirst() {
    PodSpec pod =
        attach(
            new RenderContext(svc("oci://reg/m:1", ""), RenderSettings.defaults()),
            "/mnt/models/base");
    Container modelcar = pod.getContainers().get(1);
    assertThat(modelcar.getArgs().get(2))
        .isEqualTo(
            "mkdir -p /mnt/models && ln -sf /proc/$$$$/root/models /mnt/models/base && sleep infinity");
    assertThat(modelcar.getVolumeMounts().get(0).getMountPath()).isEqualTo("/mnt/models");
  }

  @Test
  void ociNativeUsesAnImageVolume() {
    PodSpec pod =
        attach(
            new RenderContext(svc("oci+native://reg/m:1", ""), RenderSettings.defaults()),
            "/mnt/models");
    assertThat(pod.getVolumes().get(0).getName()).isEqualTo("mnt-models");
    assertThat(pod.getVolumes().get(0).getImage().getReference()).isEqualTo("reg/m:1");
    assertThat(pod.getVolumes().get(0).getImage().getPullPolicy()).isEqualTo("IfNotPresent");
    assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getSubPath())
        .isEqualTo("models");
  }

  @Test
  void localModelCacheRewritesTheUriToTheCachePvc() {
    LLMInferenceService s =
        svc(
            "hf://org/m",
            """
              labels:
                internal.serving.kserve.io/localmodel: cache
              annotations:
                internal.serving.kserve.io/localmodel-sourceuri: hf://org
                internal.serving.kserve.io/localmodel-pvc-name: cache-pvc
            """);
    PodSpec pod = attach(new RenderContext(s, RenderSettings.defaults()), "/mnt/models");
    // sha256("hf://org") starts with 8ca52528dc2591c3 (computed independently with sha256sum).
    assertThat(pod.getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
        .isEqualTo("cache-pvc");
    assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getSubPath())
        .isEqualTo("models/" + SHA_PREFIX + "/m");
  }

  static final String SHA_PREFIX = "8ca52528dc2591c3";

  @Test
  void s3WithCaBundleAndAnnotatedSecret() {
    ControllerSettings controller =
        ControllerSettings.builder()
            .storageInitializer(
                StorageInitializerConfig.builder().caBundleConfigMapName("my-ca").build())
            .build();
    ClusterFacts facts =
        new ClusterFacts() {
          @Override
          public Optional<Secret> secret(String namespace, String name) {
            return Optional.of(
                new SecretBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .endMetadata()
                    .addToData("HF_TOKEN", "dG9r")
                    .build());
          }
        };
    LLMInferenceService s =
        svc(
            "s3://b/m",
            """
              annotations:
                serving.kserve.io/storageSecretName: tokens
            """);
    RenderContext ctx =
        new RenderContext(
            s, RenderSettings.builder().controller(controller).clusterFacts(facts).build());
    PodSpec pod = attach(ctx, "/mnt/models");
    Container init = pod.getInitContainers().get(0);
    assertThat(init.getEnv())
        .extracting(EnvVar::getName)
        .containsExactly("HF_TOKEN", "CA_BUNDLE_CONFIGMAP_NAME", "CA_BUNDLE_VOLUME_MOUNT_POINT");
    assertThat(init.getEnv().get(1).getValue()).isEqualTo("global-ca-bundle");
    assertThat(init.getEnv().get(2).getValue()).isEqualTo("/etc/ssl/custom-certs");
    assertThat(pod.getVolumes()).extracting(v -> v.getName()).contains("cabundle-cert");
    assertThat(ctx.required())
        .extracting(r -> r.kind() + "/" + r.name())
        .containsExactly("Secret/tokens", "ConfigMap/global-ca-bundle");
  }

  // §5.1 credentials: an endpoint with a scheme sets S3_USE_HTTPS; values fall back to Secret data.
  @Test
  void s3EndpointSchemeAndSecretDataFallback() {
    ClusterFacts facts =
        new ClusterFacts() {
          @Override
          public Optional<Secret> secret(String namespace, String name) {
            return Optional.of(
                new SecretBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .addToAnnotations("serving.kserve.io/s3-endpoint", "https://s3.example.com")
                    .endMetadata()
                    .addToData("AWS_SECRET_ACCESS_KEY", "c2VjcmV0")
                    .addToData("AWS_DEFAULT_REGION", "ZXUtd2VzdC0x")
                    .build());
          }
        };
    LLMInferenceService s =
        svc(
            "s3://b/m",
            """
              annotations:
                serving.kserve.io/storageSecretName: s3
            """);
    PodSpec pod =
        attach(
            new RenderContext(s, RenderSettings.builder().clusterFacts(facts).build()),
            "/mnt/models");
    assertThat(pod.getInitContainers().get(0).getEnv())
        .extracting(e -> e.getName() + "=" + (e.getValue() == null ? "ref" : e.getValue()))
        .containsExactly(
            "AWS_ACCESS_KEY_ID=ref",
            "AWS_SECRET_ACCESS_KEY=ref",
            "S3_USE_HTTPS=1",
            "S3_ENDPOINT=s3.example.com",
            "AWS_ENDPOINT_URL=https://s3.example.com",
            "AWS_DEFAULT_REGION=eu-west-1");
  }

  // §5.1 credentials: "IRSA envs for annotated SAs".
  @Test
  void irsaAnnotatedDefaultAccountAddsS3EnvFromItsAnnotations() {
    ClusterFacts facts =
        new ClusterFacts() {
          @Override
          public Optional<io.fabric8.kubernetes.api.model.ServiceAccount> serviceAccount(
              String namespace, String name) {
            return Optional.of(
                new io.fabric8.kubernetes.api.model.ServiceAccountBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .addToAnnotations("eks.amazonaws.com/role-arn", "arn:aws:iam::1:role/r")
                    .addToAnnotations("serving.kserve.io/s3-region", "us-west-2")
                    .endMetadata()
                    .build());
          }
        };
    PodSpec pod =
        attach(
            new RenderContext(
                svc("s3://b/m", ""), RenderSettings.builder().clusterFacts(facts).build()),
            "/mnt/models");
    assertThat(pod.getInitContainers().get(0).getEnv())
        .containsExactly(new EnvVar("AWS_DEFAULT_REGION", "us-west-2", null));
  }

  @Test
  void userStorageInitializerIsReplacedKeepingItsCustomisations() {
    PodSpec pod = pod();
    pod.setInitContainers(
        new java.util.ArrayList<>(
            java.util.List.of(
                new ContainerBuilder()
                    .withName("storage-initializer")
                    .withImage("mine:1")
                    .addNewEnv()
                    .withName("X")
                    .withValue("1")
                    .endEnv()
                    .withArgs("ignored")
                    .withNewResources()
                    .addToLimits("memory", new io.fabric8.kubernetes.api.model.Quantity("4Gi"))
                    .endResources()
                    .build())));
    RenderContext ctx = new RenderContext(svc("hf://org/m", ""), RenderSettings.defaults());
    ModelArtifacts.attach(ctx, pod, "main", "/mnt/models", Optional.empty(), Optional.empty());
    Container init = pod.getInitContainers().get(0);
    assertThat(pod.getInitContainers()).hasSize(1);
    assertThat(init.getImage()).isEqualTo("mine:1");
    assertThat(init.getArgs()).containsExactly("hf://org/m", "/mnt/models");
    assertThat(init.getEnv()).extracting(EnvVar::getName).startsWith("X");
    // strategic merge: the user's memory limit wins, the generated cpu limit and requests stay
    assertThat(init.getResources().getLimits())
        .containsEntry("memory", new io.fabric8.kubernetes.api.model.Quantity("4Gi"))
        .containsEntry("cpu", new io.fabric8.kubernetes.api.model.Quantity("1"));
    assertThat(init.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(init.getTerminationMessagePolicy()).isEqualTo("FallbackToLogsOnError");
  }

  @Test
  void liveInitializerImageIsKeptAndHfEnvSkippedWhenItHadNone() {
    PodSpec pod = pod();
    RenderContext ctx = new RenderContext(svc("hf://org/m", ""), RenderSettings.defaults());
    Container live =
        new ContainerBuilder().withName("storage-initializer").withImage("old:1").build();
    ModelArtifacts.attach(ctx, pod, "main", "/mnt/models", Optional.empty(), Optional.of(live));
    assertThat(pod.getInitContainers().get(0).getImage()).isEqualTo("old:1");
    assertThat(pod.getInitContainers().get(0).getEnv()).isEmpty();
  }
}
