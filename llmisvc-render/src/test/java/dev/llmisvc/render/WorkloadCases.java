package dev.llmisvc.render;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.settings.WvaConfig;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.internal.workload.RenderContext;
import dev.llmisvc.render.internal.workload.WorkloadSteps;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.Optional;

/** The inputs of the workload golden cases under {@code /workload/<case>/}. */
public final class WorkloadCases {
  private WorkloadCases() {}

  /** The case's service: {@code service.yaml} composed, or {@code effective.yaml} as it is. */
  public static LLMInferenceService service(String name) {
    String dir = "/workload/" + name + "/";
    if (WorkloadCases.class.getResource(dir + "service.yaml") != null) {
      return EffectiveServices.compose(EffectiveServices.resource(dir + "service.yaml"));
    }
    return EffectiveServices.effective(EffectiveServices.resource(dir + "effective.yaml"));
  }

  /** The settings a case renders with: KServe's defaults unless the case needs more. */
  public static RenderSettings settings(String name) {
    return switch (name) {
      case "storage-s3" -> RenderSettings.builder().clusterFacts(new S3Facts()).build();
      case "scaling-wva-keda" ->
          RenderSettings.builder()
              .controller(
                  ControllerSettings.builder()
                      .wva(
                          WvaConfig.builder()
                              .prometheusUrl("https://prometheus.monitoring:9091")
                              .tlsInsecureSkipVerify(true)
                              .triggerAuthName("wva-prometheus")
                              .triggerAuthKind("ClusterTriggerAuthentication")
                              .build())
                      .build())
              .build();
      default -> RenderSettings.defaults();
    };
  }

  /**
   * The workload part of a case's rendering (rendering.md §0.1 steps 1-6), as canonical golden
   * text; the router part has goldens of its own, and {@code WholeRenderingTest} checks that a
   * whole rendering is the two parts in order.
   */
  static String rendered(String name) {
    return GoldenYaml.canonical(workloadYaml(service(name), settings(name)));
  }

  /** The objects the workload steps render, as {@link Rendering#toYaml()} writes them. */
  static String workloadYaml(LLMInferenceService service, RenderSettings settings) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata o : WorkloadSteps.render(new RenderContext(service, settings))) {
      out.append("---\n").append(Rendering.toYaml(o));
    }
    return out.toString();
  }

  /** A namespace whose default ServiceAccount lists an S3 credential Secret. */
  static final class S3Facts implements ClusterFacts {
    @Override
    public Optional<ServiceAccount> serviceAccount(String namespace, String name) {
      ServiceAccountBuilder sa =
          new ServiceAccountBuilder()
              .withNewMetadata()
              .withName(name)
              .withNamespace(namespace)
              .endMetadata();
      if (name.equals("default")) {
        sa.addNewSecret().withName("s3-creds").endSecret();
      }
      return Optional.of(sa.build());
    }

    @Override
    public Optional<Secret> secret(String namespace, String name) {
      if (!name.equals("s3-creds")) {
        return Optional.empty();
      }
      return Optional.of(
          new SecretBuilder()
              .withNewMetadata()
              .withName(name)
              .withNamespace(namespace)
              .addToAnnotations("serving.kserve.io/s3-endpoint", "minio.storage:9000")
              .addToAnnotations("serving.kserve.io/s3-usehttps", "0")
              .addToAnnotations("serving.kserve.io/s3-region", "us-east-1")
              .endMetadata()
              .addToData("AWS_ACCESS_KEY_ID", "YWNjZXNz")
              .addToData("AWS_SECRET_ACCESS_KEY", "c2VjcmV0")
              .build());
    }
  }
}
