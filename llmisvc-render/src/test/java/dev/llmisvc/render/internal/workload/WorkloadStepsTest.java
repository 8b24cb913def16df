package dev.llmisvc.render.internal.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.render.context.RenderException;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.resource.v1.ResourceClaimTemplate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single steps on small specs, for the branches the goldens do not reach. */
class WorkloadStepsTest {
  private static RenderContext ctx(String metadataExtra, String spec) {
    LLMInferenceService svc =
        LlmisvcMapper.read(
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata:
              name: s
              namespace: ns
            %s
            spec:
              model:
                uri: hf://m/m
                lora:
                  adapters:
                    - name: a
                      uri: hf://org/a
            %s
            """
                .formatted(metadataExtra, spec),
            LLMInferenceService.class);
    return new RenderContext(svc, RenderSettings.defaults());
  }

  private static List<HasMetadata> run(WorkloadStep step, RenderContext ctx) {
    List<HasMetadata> out = new ArrayList<>();
    step.render(ctx, out);
    return out;
  }

  // §4.2: count only above 1; a blank selector annotation gives no selectors.
  @Test
  void draTemplateLeavesCountOneOut() {
    RenderContext c =
        ctx(
            """
              annotations:
                serving.kserve.io/exp-dra-device-class: " gpu.example.com "
                serving.kserve.io/exp-dra-device-count: "1"
            """,
            "");
    ResourceClaimTemplate rct = (ResourceClaimTemplate) run(new ManagedDraTemplate(), c).get(0);
    var exactly = rct.getSpec().getSpec().getDevices().getRequests().get(0).getExactly();
    assertThat(exactly.getDeviceClassName()).isEqualTo("gpu.example.com");
    assertThat(exactly.getCount()).isNull();
    assertThat(exactly.getSelectors()).isEmpty();
    assertThat(rct.getMetadata().getLabels()).isEmpty();
  }

  @Test
  void draTemplateRejectsABadCount() {
    RenderContext c =
        ctx(
            """
              annotations:
                serving.kserve.io/exp-dra-device-class: gpu
                serving.kserve.io/exp-dra-device-count: two
            """,
            "");
    assertThatThrownBy(() -> run(new ManagedDraTemplate(), c))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("exp-dra-device-count");
  }

  // §4.7: rollingUpdateConfiguration defaults the missing half to maxUnavailable 1 / maxSurge 0.
  @Test
  void lwsRollingUpdateFillsTheMissingHalf() {
    RenderContext c =
        ctx(
            "",
            """
              parallelism:
                pipeline: 2
              rolloutStrategy:
                maxUnavailable: 25%
              worker:
                containers:
                  - name: main
            """);
    LeaderWorkerSet lws = (LeaderWorkerSet) run(new LeaderWorkerSets(Variant.MAIN), c).get(0);
    var rolling = lws.getSpec().rolloutStrategy().rollingUpdateConfiguration();
    assertThat(rolling.maxUnavailable()).isEqualTo(new IntOrString("25%"));
    assertThat(rolling.maxSurge()).isEqualTo(new IntOrString(0));
  }

  // §4.10: WVA through KEDA needs the controller's Prometheus settings.
  @Test
  void wvaKedaWithoutPrometheusSettingsFails() {
    RenderContext c =
        ctx(
            "",
            """
              scaling:
                maxReplicas: 2
                wva:
                  keda: {}
              template:
                containers:
                  - name: main
            """);
    assertThatThrownBy(() -> run(new Autoscalers(Variant.MAIN), c))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("spec.scaling.wva.keda")
        .hasMessageContaining("prometheus.url");
  }

  // §5.4: an endpoint flag given as --flag=value counts as present; empty endpoint: nothing.
  @Test
  void tracingKeepsExistingFlagsAndSkipsWithoutEndpoint() {
    RenderContext c =
        ctx(
            "",
            """
              tracing:
                exporterEndpoint: http://collector:4317
            """);
    PodSpec pod =
        new PodSpecBuilder()
            .withContainers(
                new ContainerBuilder()
                    .withName("main")
                    .withArgs("--otlp-traces-endpoint=http://mine:4317")
                    .build())
            .build();
    Tracing.apply(c, Variant.PREFILL, pod);
    assertThat(pod.getContainers().get(0).getArgs())
        .containsExactly(
            "--otlp-traces-endpoint=http://mine:4317", "--collect-detailed-traces", "all");
    assertThat(pod.getContainers().get(0).getEnv().get(0))
        .isEqualTo(new EnvVar("OTEL_SERVICE_NAME", "inference-server-prefill", null));

    RenderContext none = ctx("", "  tracing: {}\n");
    PodSpec untouched =
        new PodSpecBuilder()
            .withContainers(new ContainerBuilder().withName("main").build())
            .build();
    Tracing.apply(none, Variant.MAIN, untouched);
    assertThat(untouched.getContainers().get(0).getArgs()).isEmpty();
    assertThat(untouched.getContainers().get(0).getEnv()).isEmpty();
  }

  // §5.2: adapter names are made path-safe; '.', '..' and empty become "adapter".
  @Test
  void loraMountPathsAreSanitised() {
    assertThat(LoraAdapters.mountPath("org/adapter v1")).isEqualTo("/mnt/lora/org-adapter-v1");
    assertThat(LoraAdapters.mountPath("..")).isEqualTo("/mnt/lora/adapter");
    assertThat(LoraAdapters.mountPath("")).isEqualTo("/mnt/lora/adapter");
  }

  // §5.2: a user --lora-modules (args or VLLM_ADDITIONAL_ARGS) turns the injection off.
  @Test
  void loraArgsAreNotInjectedWhenTheUserSetsLoraModules() {
    RenderContext c =
        ctx(
            "",
            """
              template:
                containers:
                  - name: main
                    env:
                      - name: VLLM_ADDITIONAL_ARGS
                        value: "--lora-modules x=/y"
            """);
    PodSpec pod = c.spec().template().get().get();
    LoraAdapters.attach(c, pod, "main", LoraAdapters.of(c));
    assertThat(pod.getContainers().get(0).getArgs()).isEmpty();
  }

  // §7.1
  @Test
  void sizeFollowsKservesRule() {
    assertThat(
            LeaderWorkerSets.size(
                ctx("", "  parallelism:\n    data: 16\n    dataLocal: 8\n").spec().parallelism()))
        .isEqualTo(2);
    assertThat(
            LeaderWorkerSets.size(
                ctx("", "  parallelism:\n    dataLocal: 4\n").spec().parallelism()))
        .isEqualTo(1);
    assertThat(
            LeaderWorkerSets.size(ctx("", "  parallelism:\n    tensor: 4\n").spec().parallelism()))
        .isNull();
  }
}
