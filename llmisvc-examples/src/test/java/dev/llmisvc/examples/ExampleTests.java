package dev.llmisvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.ConfigSource;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldExplanation;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested class per example: the sample is valid, the composed service equals its golden file,
 * and the facts that explain the golden file (which presets, in which order; the vLLM image; the
 * replicas; parallelism flags reaching the launch scripts; who set what) are asserted on their own,
 * so a changed golden file cannot hide a changed reason. Everything is read from the typed
 * effective service or from {@link Composition#explain}, as a user of the library would.
 */
class ExampleTests {
  private static final String PRESETS = "Preset:kserve/kserve-config-llm-";
  private static final String VLLM_IMAGE = "ghcr.io/llm-d/llm-d-cuda:v0.9.0";

  @Nested
  class SingleNodeGpu {
    private final Composition<LLMInferenceService> c = SingleNodeGpuExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(SingleNodeGpuExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("single-node-gpu", c);
    }

    @Test
    void schedulerRouteAndTemplatePresetsInKServeOrder() {
      assertThat(ids(c))
          .containsExactly(PRESETS + "scheduler", PRESETS + "router-route", PRESETS + "template");
    }

    @Test
    void presetSuppliesImageAndServiceKeepsReplicasAndGpus() {
      assertThat(main(c.effective().spec().template()).getImage()).isEqualTo(VLLM_IMAGE);
      assertThat(origin(c, "template.containers[name=main].image")).isEqualTo(PRESETS + "template");
      assertThat(c.effective().spec().replicas()).contains(3);
      assertThat(origin(c, "template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"))
          .isEqualTo("LLMInferenceService:llm/qwen2-7b-instruct");
    }

    @Test
    void postMergeStepsNameTheEppServiceAccount() {
      PodSpec scheduler =
          c.effective()
              .spec()
              .router()
              .flatMap(r -> r.scheduler())
              .flatMap(s -> s.template())
              .orElseThrow()
              .get();
      assertThat(scheduler.getServiceAccountName()).isEqualTo("qwen2-7b-instruct-epp-sa");
      assertThat(
              c.origin(FieldPath.parse("router.scheduler.template.serviceAccountName"))
                  .flatMap(FieldOrigin::step))
          .contains("epp-service-account-default");
    }

    @Test
    void modelNameReachesTheLaunchScript() {
      assertThat(text(c, "template.containers[name=main].command"))
          .contains("--served-model-name \\\"Qwen/Qwen2.5-7B-Instruct\\\"");
    }
  }

  @Nested
  class SingleNodeNoRouter {
    private final Composition<LLMInferenceService> c = SingleNodeNoRouterExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(SingleNodeNoRouterExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("single-node-no-router", c);
    }

    @Test
    void onlyTheWorkloadPresetWithoutARouter() {
      assertThat(ids(c)).containsExactly(PRESETS + "template");
      assertThat(c.effective().spec().router()).isEmpty();
    }

    @Test
    void serviceEnvIsAddedBeforeThePresetEnv() {
      // A keyed list: items the later layer adds come first, the preset's own stay after them.
      List<String> env =
          main(c.effective().spec().template()).getEnv().stream().map(EnvVar::getName).toList();
      assertThat(env.get(0)).isEqualTo("VLLM_USE_TRITON_FLASH_ATTN");
      assertThat(env).contains("HOME", "HF_HUB_CACHE");
    }
  }

  @Nested
  class MultiNodeDataParallel {
    private final Composition<LLMInferenceService> c = MultiNodeDataParallelExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(MultiNodeDataParallelExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("multi-node-dp-ep", c);
    }

    @Test
    void workerWithDataParallelismSelectsTheDataParallelPreset() {
      assertThat(ids(c))
          .containsExactly(
              PRESETS + "scheduler", PRESETS + "router-route", PRESETS + "worker-data-parallel");
    }

    @Test
    void parallelismFlagsReachLeaderAndWorkerScripts() {
      for (String pod : List.of("template", "worker")) {
        String script = text(c, pod + ".containers[name=main].command");
        assertThat(script)
            .as(pod)
            .contains(
                "--data-parallel-size 16",
                "--data-parallel-size-local 8",
                "--enable-expert-parallel",
                "--tensor-parallel-size 1");
      }
      assertThat(main(c.effective().spec().template()).getImage()).isEqualTo(VLLM_IMAGE);
      assertThat(main(c.effective().spec().worker()).getImage()).isEqualTo(VLLM_IMAGE);
      assertThat(c.effective().spec().replicas()).contains(1);
    }

    @Test
    void leaderServesTheApiAndWorkersRunHeadlessFromTheirOwnRank() {
      // dataLocal 8: the worker with LWS index i starts at rank 8*i; the leader at 0.
      assertThat(text(c, "template.containers[name=main].command"))
          .contains("START_RANK=0", "--api-server-count")
          .doesNotContain("--headless");
      assertThat(text(c, "worker.containers[name=main].command"))
          .contains("START_RANK=$(( ${LWS_WORKER_INDEX:-0} * 8 ))", "--headless");
    }
  }

  @Nested
  class PrefillDecode {
    private final Composition<LLMInferenceService> c = PrefillDecodeExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(PrefillDecodeExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("prefill-decode", c);
    }

    @Test
    void prefillTemplateComesBeforeDecodeTemplate() {
      assertThat(ids(c))
          .containsExactly(
              PRESETS + "scheduler",
              PRESETS + "router-route",
              PRESETS + "prefill-template",
              PRESETS + "decode-template");
    }

    @Test
    void decodeGetsTheRoutingSidecarAndVllmMovesTo8001() {
      assertThat(text(c, "template.initContainers[name=llm-d-routing-sidecar].image"))
          .isEqualTo("ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0");
      assertThat(text(c, "template.containers[name=main].ports[containerPort=8001].containerPort"))
          .isEqualTo("8001");
      assertThat(text(c, "template.initContainers[name=llm-d-routing-sidecar].command"))
          .contains("--inference-pool=llm/qwen2-7b-pd-inference-pool");
      assertThat(c.effective().spec().prefill().flatMap(p -> p.replicas())).contains(2);
      assertThat(c.effective().spec().replicas()).contains(1);
    }
  }

  @Nested
  class HardwareProfile {
    private final Composition<dev.llmisvc.api.v1alpha1.LLMInferenceService> c =
        HardwareProfileExample.compose();

    @Test
    void sampleAndProfileAreValid() {
      assertThat(Walkthrough.validate(HardwareProfileExample.service())).isEmpty();
      assertThat(Walkthrough.validate(HardwareProfileExample.profile())).isEmpty();
    }

    @Test
    void builtProfileEqualsTheYamlSample() {
      assertThat(HardwareProfileExample.profile())
          .isEqualTo(
              Walkthrough.load(HardwareProfileExample.PROFILE, LLMInferenceServiceConfig.class));
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("hardware-profile", c);
    }

    @Test
    void presetsFirstThenTheBaseRefFromTheSystemNamespace() {
      assertThat(c.appliedConfigs())
          .last()
          .isEqualTo(
              AppliedConfigRef.builder()
                  .name("my-gpu-profile")
                  .namespace("kserve")
                  .source(ConfigSource.USER_REF)
                  .build());
      assertThat(ids(c))
          .containsExactly(
              PRESETS + "scheduler",
              PRESETS + "router-route",
              PRESETS + "template",
              "UserRef:kserve/my-gpu-profile");
    }

    @Test
    void aConfigWithoutNamespaceIsPlacedInTheSystemNamespace() {
      LLMInferenceServiceConfig unplaced =
          HardwareProfileExample.profile().toBuilder()
              .metadata(m -> m.withName("my-gpu-profile"))
              .build();
      Composition<dev.llmisvc.api.v1alpha1.LLMInferenceService> composed =
          Walkthrough.compose(HardwareProfileExample.service(), List.of(unplaced));
      assertThat(ids(composed)).last().isEqualTo("UserRef:kserve/my-gpu-profile");
      assertThat(composed.effective()).isEqualTo(c.effective());
    }

    @Test
    void serviceReplicasOverrideTheProfileAndTheProfileSetsTheHardware() {
      assertThat(c.effective().spec().replicas()).contains(3);
      assertThat(origin(c, "replicas")).isEqualTo("LLMInferenceService:my-team/llama-3-8b");
      assertThat(explain(c, "replicas").overrides())
          .containsExactly(
              new FieldExplanation.Override(
                  LayerId.parse("UserRef:kserve/my-gpu-profile"), IntNode.valueOf(2)));
      assertThat(origin(c, "template.nodeSelector[\"nvidia.com/gpu.product\"]"))
          .isEqualTo("UserRef:kserve/my-gpu-profile");
      Container main = main(c.effective().spec().template());
      assertThat(main.getResources().getLimits().get("nvidia.com/gpu").toString()).isEqualTo("4");
      assertThat(main.getImage()).isEqualTo(VLLM_IMAGE);
    }

    @Test
    void v1alpha1InV1alpha1Out() {
      dev.llmisvc.api.v1alpha1.LLMInferenceService effective = c.effective();
      assertThat(effective.apiVersion()).isEqualTo("serving.kserve.io/v1alpha1");
      assertThat(effective.name()).contains("llama-3-8b");
    }
  }

  @Nested
  class LoraAdapters {
    private final Composition<LLMInferenceService> c = LoraAdaptersExample.compose();

    @Test
    void builtServiceEqualsTheYamlSample() {
      assertThat(LoraAdaptersExample.build())
          .isEqualTo(Walkthrough.load(LoraAdaptersExample.SAMPLE, LLMInferenceService.class));
      assertThat(LlmisvcMapper.toTree(LoraAdaptersExample.build()))
          .isEqualTo(Walkthrough.load(LoraAdaptersExample.SAMPLE, JsonNode.class));
    }

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(LoraAdaptersExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("lora-adapters", c);
    }

    @Test
    void routeWithoutSchedulerSendsTrafficToTheWorkloadService() {
      assertThat(ids(c)).containsExactly(PRESETS + "router-route", PRESETS + "template");
      HTTPRouteSpec route =
          c.effective()
              .spec()
              .router()
              .flatMap(r -> r.route())
              .flatMap(r -> r.http())
              .flatMap(h -> h.spec())
              .orElseThrow()
              .get();
      List<HTTPBackendRef> backends =
          route.getRules().stream().flatMap(r -> r.getBackendRefs().stream()).toList();
      assertThat(backends).extracting(HTTPBackendRef::getKind).doesNotContain("InferencePool");
      assertThat(backends)
          .extracting(HTTPBackendRef::getName)
          .contains("opt-125m-lora-kserve-workload-svc");
    }

    @Test
    void adaptersAndTheServiceImageAreKept() {
      assertThat(adapters(c.effective())).isEqualTo(adapters(LoraAdaptersExample.build()));
      assertThat(main(c.effective().spec().template()).getImage())
          .isEqualTo("vllm/vllm-openai-cpu:v0.11.0");
    }

    private List<Embedded<JsonNode>> adapters(LLMInferenceService s) {
      return s.spec().model().flatMap(m -> m.lora()).orElseThrow().adapters();
    }
  }

  @Nested
  class ManagedDra {
    private final Composition<LLMInferenceService> c = ManagedDraExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(ManagedDraExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("managed-dra", c);
    }

    @Test
    void managedDraStepAddsPodAndContainerClaims() {
      PodSpec pod = c.effective().spec().template().orElseThrow().get();
      assertThat(pod.getResourceClaims())
          .singleElement()
          .satisfies(
              claim -> {
                assertThat(claim.getName()).isEqualTo("managed-device");
                assertThat(claim.getResourceClaimTemplateName())
                    .isEqualTo("qwen2-7b-dra-managed-dra");
              });
      assertThat(
              c.origin(
                      FieldPath.parse(
                          "template.resourceClaims[name=managed-device].resourceClaimTemplateName"))
                  .flatMap(FieldOrigin::step))
          .contains("managed-dra");
      assertThat(main(c.effective().spec().template()).getResources().getClaims())
          .extracting(claim -> claim.getName())
          .containsExactly("managed-device");
    }

    @Test
    void tensorParallelismReachesTheSingleNodeScript() {
      assertThat(text(c, "template.containers[name=main].command"))
          .contains("--tensor-parallel-size 2");
    }
  }

  @Test
  void everyExampleRunsAndEveryPrintedPathHasAnOrigin() {
    Map<String, BiFunction<PrintStream, PrintStream, Integer>> runs =
        Map.of(
            "single-node-gpu", SingleNodeGpuExample::run,
            "single-node-no-router", SingleNodeNoRouterExample::run,
            "multi-node-dp-ep", MultiNodeDataParallelExample::run,
            "prefill-decode", PrefillDecodeExample::run,
            "hardware-profile", HardwareProfileExample::run,
            "lora-adapters", LoraAdaptersExample::run,
            "managed-dra", ManagedDraExample::run);
    runs.forEach(
        (name, run) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ByteArrayOutputStream err = new ByteArrayOutputStream();
          int code =
              run.apply(
                  new PrintStream(out, true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8));
          String printed = out.toString(StandardCharsets.UTF_8);
          assertThat(code).as(name + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
          assertThat(printed).as(name).contains("# where some values came from:");
          assertThat(printed).as(name).doesNotContain("(not set)", "(absent)");
        });
  }

  private static List<String> ids(Composition<?> c) {
    assertThat(c.condition().succeeded()).as(c.condition().message()).isTrue();
    return c.appliedConfigs().stream().map(a -> LayerId.of(a).toString()).toList();
  }

  /** The container {@code main} of a pod template. */
  private static Container main(Optional<Embedded<PodSpec>> template) {
    return template.orElseThrow().get().getContainers().stream()
        .filter(container -> container.getName().equals("main"))
        .findFirst()
        .orElseThrow();
  }

  private static FieldExplanation explain(Composition<?> c, String path) {
    Optional<FieldExplanation> leaf = Walkthrough.leaf(c, FieldPath.parse(path));
    assertThat(leaf).as("leaf " + path).isPresent();
    return leaf.get();
  }

  /** A leaf of the effective spec as text: scalars as they print, lists and objects as JSON. */
  private static String text(Composition<?> c, String path) {
    JsonNode value = explain(c, path).value();
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String origin(Composition<?> c, String path) {
    Optional<FieldOrigin> o = c.origin(FieldPath.parse(path));
    assertThat(o).as("origin of " + path).isPresent();
    return o.get().describe();
  }
}
