package dev.llmisvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.ConfigSource;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.LayerId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested class per example: the sample is valid, the composed resource equals its golden file,
 * and the facts that explain the golden file (which presets, in which order; the vLLM image; the
 * replicas; parallelism flags reaching the launch scripts; who set what) are asserted on their own,
 * so a changed golden file cannot hide a changed reason.
 */
class ExampleTests {
  private static final String PRESETS = "Preset:kserve/kserve-config-llm-";
  private static final String VLLM_IMAGE = "ghcr.io/llm-d/llm-d-cuda:v0.9.0";

  @Nested
  class SingleNodeGpu {
    private final Composition<ObjectNode> c = SingleNodeGpuExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(SingleNodeGpuExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("single-node-gpu", c.toResource());
    }

    @Test
    void schedulerRouteAndTemplatePresetsInKServeOrder() {
      assertThat(ids(c))
          .containsExactly(PRESETS + "scheduler", PRESETS + "router-route", PRESETS + "template");
    }

    @Test
    void presetSuppliesImageAndServiceKeepsReplicasAndGpus() {
      assertThat(text(c, "template.containers[name=main].image")).isEqualTo(VLLM_IMAGE);
      assertThat(origin(c, "template.containers[name=main].image")).isEqualTo(PRESETS + "template");
      assertThat(text(c, "replicas")).isEqualTo("3");
      assertThat(origin(c, "template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"))
          .isEqualTo("LLMInferenceService:llm/qwen2-7b-instruct");
    }

    @Test
    void postMergeStepsNameTheEppServiceAccount() {
      assertThat(text(c, "router.scheduler.template.serviceAccountName"))
          .isEqualTo("qwen2-7b-instruct-epp-sa");
      assertThat(
              c.origin("router.scheduler.template.serviceAccountName").flatMap(FieldOrigin::step))
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
    private final Composition<ObjectNode> c = SingleNodeNoRouterExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(SingleNodeNoRouterExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("single-node-no-router", c.toResource());
    }

    @Test
    void onlyTheWorkloadPresetWithoutARouter() {
      assertThat(ids(c)).containsExactly(PRESETS + "template");
      assertThat(c.spec().orElseThrow().has("router")).isFalse();
    }

    @Test
    void serviceEnvIsAddedBeforeThePresetEnv() {
      // A keyed list: items the later layer adds come first, the preset's own stay after them.
      JsonNode env = c.spec().orElseThrow().at("/template/containers/0/env");
      assertThat(env.get(0).path("name").asText()).isEqualTo("VLLM_USE_TRITON_FLASH_ATTN");
      assertThat(env.findValuesAsText("name")).contains("HOME", "HF_HUB_CACHE");
    }
  }

  @Nested
  class MultiNodeDataParallel {
    private final Composition<ObjectNode> c = MultiNodeDataParallelExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(MultiNodeDataParallelExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("multi-node-dp-ep", c.toResource());
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
        assertThat(text(c, pod + ".containers[name=main].image")).isEqualTo(VLLM_IMAGE);
      }
      assertThat(text(c, "replicas")).isEqualTo("1");
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
    private final Composition<ObjectNode> c = PrefillDecodeExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(PrefillDecodeExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("prefill-decode", c.toResource());
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
      assertThat(text(c, "prefill.replicas")).isEqualTo("2");
      assertThat(text(c, "replicas")).isEqualTo("1");
    }
  }

  @Nested
  class HardwareProfile {
    private final Composition<ObjectNode> c = HardwareProfileExample.compose();

    @Test
    void sampleAndProfileAreValid() {
      assertThat(Walkthrough.validate(HardwareProfileExample.service())).isEmpty();
      assertThat(Walkthrough.validate(Walkthrough.load(HardwareProfileExample.CONFIGS.get(0))))
          .isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("hardware-profile", c.toResource());
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
    void serviceReplicasOverrideTheProfileAndTheProfileSetsTheHardware() {
      assertThat(text(c, "replicas")).isEqualTo("3");
      assertThat(origin(c, "replicas")).isEqualTo("LLMInferenceService:my-team/llama-3-8b");
      assertThat(origin(c, "template.nodeSelector[\"nvidia.com/gpu.product\"]"))
          .isEqualTo("UserRef:kserve/my-gpu-profile");
      assertThat(text(c, "template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"))
          .isEqualTo("4");
      assertThat(text(c, "template.containers[name=main].image")).isEqualTo(VLLM_IMAGE);
    }

    @Test
    void v1alpha1InV1alpha1Out() {
      assertThat(c.toResource().path("apiVersion").asText())
          .isEqualTo("serving.kserve.io/v1alpha1");
    }
  }

  @Nested
  class LoraAdapters {
    private final Composition<ObjectNode> c = LoraAdaptersExample.compose();

    @Test
    void builtServiceEqualsTheYamlSample() {
      LLMInferenceService sample =
          LlmisvcMapper.fromTree(
              Walkthrough.load(LoraAdaptersExample.SAMPLE), LLMInferenceService.class);
      assertThat(LoraAdaptersExample.build()).isEqualTo(sample);
      assertThat(LoraAdaptersExample.service())
          .isEqualTo(Walkthrough.load(LoraAdaptersExample.SAMPLE));
    }

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(LoraAdaptersExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("lora-adapters", c.toResource());
    }

    @Test
    void routeWithoutSchedulerSendsTrafficToTheWorkloadService() {
      assertThat(ids(c)).containsExactly(PRESETS + "router-route", PRESETS + "template");
      JsonNode rules = c.spec().orElseThrow().at("/router/route/http/spec/rules");
      assertThat(rules.findValuesAsText("kind")).doesNotContain("InferencePool");
      assertThat(rules.findValuesAsText("name")).contains("opt-125m-lora-kserve-workload-svc");
    }

    @Test
    void adaptersAndTheServiceImageAreKept() {
      assertThat(c.spec().orElseThrow().at("/model/lora/adapters"))
          .isEqualTo(Walkthrough.load(LoraAdaptersExample.SAMPLE).at("/spec/model/lora/adapters"));
      assertThat(text(c, "template.containers[name=main].image"))
          .isEqualTo("vllm/vllm-openai-cpu:v0.11.0");
    }
  }

  @Nested
  class ManagedDra {
    private final Composition<ObjectNode> c = ManagedDraExample.compose();

    @Test
    void sampleIsValid() {
      assertThat(Walkthrough.validate(ManagedDraExample.service())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("managed-dra", c.toResource());
    }

    @Test
    void managedDraStepAddsPodAndContainerClaims() {
      assertThat(text(c, "template.resourceClaims[name=managed-device].resourceClaimTemplateName"))
          .isEqualTo("qwen2-7b-dra-managed-dra");
      assertThat(
              c.origin("template.resourceClaims[name=managed-device].resourceClaimTemplateName")
                  .flatMap(FieldOrigin::step))
          .contains("managed-dra");
      assertThat(text(c, "template.containers[name=main].resources.claims"))
          .isEqualTo("[{\"name\":\"managed-device\"}]");
    }

    @Test
    void tensorParallelismReachesTheSingleNodeScript() {
      assertThat(text(c, "template.containers[name=main].command"))
          .contains("--tensor-parallel-size 2");
    }
  }

  @Test
  void everyExampleRunsAndEveryPrintedPathHasAnOrigin() {
    record Run(String name, ObjectNode service, List<String> configs, List<String> origins) {}
    List<Run> runs =
        List.of(
            new Run(
                "single-node-gpu",
                SingleNodeGpuExample.service(),
                SingleNodeGpuExample.CONFIGS,
                SingleNodeGpuExample.ORIGINS),
            new Run(
                "single-node-no-router",
                SingleNodeNoRouterExample.service(),
                SingleNodeNoRouterExample.CONFIGS,
                SingleNodeNoRouterExample.ORIGINS),
            new Run(
                "multi-node-dp-ep",
                MultiNodeDataParallelExample.service(),
                MultiNodeDataParallelExample.CONFIGS,
                MultiNodeDataParallelExample.ORIGINS),
            new Run(
                "prefill-decode",
                PrefillDecodeExample.service(),
                PrefillDecodeExample.CONFIGS,
                PrefillDecodeExample.ORIGINS),
            new Run(
                "hardware-profile",
                HardwareProfileExample.service(),
                HardwareProfileExample.CONFIGS,
                HardwareProfileExample.ORIGINS),
            new Run(
                "lora-adapters",
                LoraAdaptersExample.service(),
                List.of(),
                LoraAdaptersExample.ORIGINS),
            new Run(
                "managed-dra",
                ManagedDraExample.service(),
                ManagedDraExample.CONFIGS,
                ManagedDraExample.ORIGINS));
    for (Run run : runs) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Walkthrough.run(
              run.service(),
              run.configs().stream().map(Walkthrough::load).toList(),
              run.origins(),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(run.name() + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(printed).as(run.name()).contains("# where some values came from:");
      assertThat(printed).as(run.name()).doesNotContain("(not set)", "(absent)");
    }
  }

  private static List<String> ids(Composition<ObjectNode> c) {
    assertThat(c.condition().succeeded()).as(c.condition().message()).isTrue();
    return c.appliedConfigs().stream().map(a -> LayerId.of(a).toString()).toList();
  }

  /** A leaf of the effective spec as text: scalars as they print, lists and objects as JSON. */
  private static String text(Composition<ObjectNode> c, String path) {
    ObjectNode spec = c.spec().orElseThrow();
    JsonNode leaf = dev.llmisvc.compose.merge.SpecLeaves.of(spec).get(path);
    assertThat(leaf).as("leaf " + path).isNotNull();
    return leaf.isValueNode() ? leaf.asText() : leaf.toString();
  }

  private static String origin(Composition<ObjectNode> c, String path) {
    Optional<FieldOrigin> o = c.origin(path);
    assertThat(o).as("origin of " + path).isPresent();
    return o.get().describe();
  }
}
