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
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.model.gie.v1.InferencePool;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import io.fabric8.kubernetes.api.model.resource.v1.ResourceClaimTemplate;
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
 * One nested class per example (the router examples are in {@link RouterExamplesTest}): the service
 * is valid, the composed service equals its golden file, the rendered objects equal theirs, and the
 * facts that explain both golden files (which presets, in which order; the vLLM image; the
 * replicas; parallelism flags reaching the launch scripts; who set what; which objects are
 * rendered, in which order, with which key fields) are asserted on their own, so a changed golden
 * file cannot hide a changed reason. Everything is read from the typed effective service, from
 * {@link Composition#explain} or from the typed fabric8 objects of the {@link Rendering}, as a user
 * of the library would. {@link BuildersEqualSamples} proves every built service and config equal to
 * its YAML sample.
 */
class ExampleTests {
  private static final String PRESETS = "Preset:kserve/kserve-config-llm-";
  private static final String VLLM_IMAGE = "ghcr.io/llm-d/llm-d-cuda:v0.9.0";

  @Nested
  class SingleNodeGpu {
    private final Composition<LLMInferenceService> c = SingleNodeGpuExample.compose();
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(SingleNodeGpuExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("single-node-gpu", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("single-node-gpu", r);
    }

    @Test
    void renderedInKServeCreationOrderWithTheManagedScheduler() {
      String n = "qwen2-7b-instruct";
      assertThat(objects(r))
          .containsExactly(
              "Deployment/" + n + "-kserve",
              "Service/" + n + "-kserve-workload-svc",
              "ServiceAccount/" + n + "-epp-sa",
              "ClusterRoleBinding/llm-" + n + "-epp-auth-rb",
              "Role/" + n + "-epp-role",
              "RoleBinding/" + n + "-epp-rb",
              "Deployment/" + n + "-kserve-router-scheduler",
              "Service/" + n + "-epp-service",
              "InferencePool/" + n + "-inference-pool",
              "HTTPRoute/" + n + "-kserve-route");
    }

    @Test
    void deploymentHasTheReplicasAndThePresetImage() {
      Deployment d = object(r, Deployment.class, "qwen2-7b-instruct-kserve");
      assertThat(d.getSpec().getReplicas()).isEqualTo(3);
      Container main = container(d.getSpec().getTemplate().getSpec().getContainers(), "main");
      assertThat(main.getImage()).isEqualTo(VLLM_IMAGE);
      assertThat(main.getResources().getLimits().get("nvidia.com/gpu").toString()).isEqualTo("1");
    }

    @Test
    void poolPointsAtTheEndpointPickerAndTheRouteAtThePool() {
      InferencePool pool = object(r, InferencePool.class, "qwen2-7b-instruct-inference-pool");
      assertThat(pool.getSpec().endpointPickerRef().name())
          .isEqualTo("qwen2-7b-instruct-epp-service");
      assertThat(pool.getSpec().endpointPickerRef().port().number()).isEqualTo(9002);
      HTTPRoute route = route(r);
      assertThat(route.getSpec().getRules()).hasSize(12);
      // first render: the v1alpha2 group, whatever the preset wrote (rendering.md 4.16 step 2)
      assertThat(backends(route))
          .filteredOn(b -> "InferencePool".equals(b.getKind()))
          .isNotEmpty()
          .allSatisfy(b -> assertThat(b.getGroup()).isEqualTo("inference.networking.x-k8s.io"));
      assertThat(parents(route)).containsExactly("kserve/kserve-ingress-gateway");
    }

    @Test
    void clusterProvidesTheDefaultGatewayAndTheTlsSecret() {
      assertThat(required(r))
          .containsExactlyInAnyOrder(
              "Secret llm/qwen2-7b-instruct-kserve-self-signed-certs",
              "Gateway kserve/kserve-ingress-gateway");
      assertThat(r.warnings()).isEmpty();
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
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(SingleNodeNoRouterExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("single-node-no-router", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("single-node-no-router", r);
    }

    @Test
    void onlyTheDeploymentAndItsService() {
      assertThat(objects(r))
          .containsExactly(
              "Deployment/qwen2-7b-amd-kserve", "Service/qwen2-7b-amd-kserve-workload-svc");
      assertThat(required(r)).containsExactly("Secret llm/qwen2-7b-amd-kserve-self-signed-certs");
    }

    @Test
    void specLabelsLandOnPodsDeploymentSelectorAndService() {
      // KServe shares one label map between the Deployment, its selector and its pods
      Deployment d = object(r, Deployment.class, "qwen2-7b-amd-kserve");
      assertThat(d.getMetadata().getLabels()).containsEntry("team", "inference");
      assertThat(d.getSpec().getSelector().getMatchLabels()).containsEntry("team", "inference");
      assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
          .containsEntry("team", "inference");
      io.fabric8.kubernetes.api.model.Service svc =
          object(
              r, io.fabric8.kubernetes.api.model.Service.class, "qwen2-7b-amd-kserve-workload-svc");
      assertThat(svc.getMetadata().getLabels()).containsEntry("team", "inference");
      assertThat(svc.getSpec().getSelector()).doesNotContainKey("team");
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
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(MultiNodeDataParallelExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("multi-node-dp-ep", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("multi-node-dp-ep", r);
    }

    @Test
    void aLeaderWorkerSetInsteadOfADeployment() {
      String n = "deepseek-r1-dp-ep";
      assertThat(objects(r))
          .startsWith(
              "ServiceAccount/" + n + "-kserve-mn",
              "LeaderWorkerSet/" + n + "-kserve-mn",
              "Service/" + n + "-kserve-workload-svc")
          .doesNotContain("Deployment/" + n + "-kserve")
          .contains("InferencePool/" + n + "-inference-pool", "HTTPRoute/" + n + "-kserve-route");
    }

    @Test
    void groupOfTwoPodsBothRunningAsTheMultiNodeServiceAccount() {
      LeaderWorkerSet lws = object(r, LeaderWorkerSet.class, "deepseek-r1-dp-ep-kserve-mn");
      // size = data / dataLocal = 16 / 8: a leader and one worker (rendering.md 7.1)
      assertThat(lws.getSpec().leaderWorkerTemplate().size()).isEqualTo(2);
      assertThat(lws.getSpec().replicas()).isEqualTo(1);
      assertThat(lws.getSpec().startupPolicy()).isEqualTo("LeaderCreated");
      for (PodTemplateSpec pod :
          List.of(
              lws.getSpec().leaderWorkerTemplate().leaderTemplate(),
              lws.getSpec().leaderWorkerTemplate().workerTemplate())) {
        assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("deepseek-r1-dp-ep-kserve-mn");
        assertThat(
                container(pod.getSpec().getContainers(), "main")
                    .getResources()
                    .getLimits()
                    .get("nvidia.com/gpu")
                    .toString())
            .isEqualTo("8");
      }
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
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(PrefillDecodeExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("prefill-decode", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("prefill-decode", r);
    }

    @Test
    void sidecarAccountFirstThenDecodeAndPrefillDeployments() {
      String n = "qwen2-7b-pd";
      assertThat(objects(r))
          .startsWith(
              "ServiceAccount/" + n + "-kserve",
              "Role/" + n + "-kserve-role",
              "RoleBinding/" + n + "-kserve-rb",
              "Deployment/" + n + "-kserve",
              "Deployment/" + n + "-kserve-prefill",
              "Service/" + n + "-kserve-workload-svc");
    }

    @Test
    void decodeRunsTheRoutingSidecarAndPrefillHasItsOwnReplicas() {
      Deployment decode = object(r, Deployment.class, "qwen2-7b-pd-kserve");
      Deployment prefill = object(r, Deployment.class, "qwen2-7b-pd-kserve-prefill");
      assertThat(decode.getSpec().getReplicas()).isEqualTo(1);
      assertThat(prefill.getSpec().getReplicas()).isEqualTo(2);
      assertThat(decode.getSpec().getTemplate().getMetadata().getLabels())
          .containsEntry("llm-d.ai/role", "decode");
      assertThat(prefill.getSpec().getTemplate().getMetadata().getLabels())
          .containsEntry("llm-d.ai/role", "prefill");
      assertThat(decode.getSpec().getTemplate().getSpec().getServiceAccountName())
          .isEqualTo("qwen2-7b-pd-kserve");
      assertThat(decode.getSpec().getTemplate().getSpec().getInitContainers())
          .extracting(Container::getName)
          .contains("llm-d-routing-sidecar");
      assertThat(prefill.getSpec().getTemplate().getSpec().getInitContainers())
          .extracting(Container::getName)
          .doesNotContain("llm-d-routing-sidecar");
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
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceAndProfileAreValid() {
      assertThat(Walkthrough.validate(HardwareProfileExample.build())).isEmpty();
      assertThat(Walkthrough.validate(HardwareProfileExample.profile())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("hardware-profile", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("hardware-profile", r);
    }

    @Test
    void deploymentCarriesTheServiceReplicasAndTheProfileHardware() {
      Deployment d = object(r, Deployment.class, "llama-3-8b-kserve");
      assertThat(d.getMetadata().getNamespace()).isEqualTo("my-team");
      assertThat(d.getSpec().getReplicas()).isEqualTo(3);
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      assertThat(pod.getNodeSelector())
          .containsEntry("nvidia.com/gpu.product", "NVIDIA-A100-PCIE-40GB");
      assertThat(
              container(pod.getContainers(), "main")
                  .getResources()
                  .getLimits()
                  .get("nvidia.com/gpu")
                  .toString())
          .isEqualTo("4");
    }

    @Test
    void withoutGatewayInTheSpecTheRouteStillAttachesToTheDefaultGateway() {
      // the route preset writes the parentRefs; spec.router.gateway only changes them when it has
      // refs
      assertThat(parents(route(r))).containsExactly("kserve/kserve-ingress-gateway");
      assertThat(objects(r)).contains("InferencePool/llama-3-8b-inference-pool");
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
          Walkthrough.compose(HardwareProfileExample.build(), List.of(unplaced));
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
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(LoraAdaptersExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("lora-adapters", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("lora-adapters", r);
    }

    @Test
    void noSchedulerObjects() {
      assertThat(objects(r))
          .containsExactly(
              "Deployment/opt-125m-lora-kserve",
              "Service/opt-125m-lora-kserve-workload-svc",
              "HTTPRoute/opt-125m-lora-kserve-route");
    }

    @Test
    void adaptersBecomeVllmArgsAndShareTheModelDownload() {
      PodSpec pod =
          object(r, Deployment.class, "opt-125m-lora-kserve").getSpec().getTemplate().getSpec();
      assertThat(container(pod.getContainers(), "main").getArgs())
          .startsWith(
              "--enable-lora",
              "--max-lora-rank=64",
              "--max-loras=2",
              "--max-cpu-loras=4",
              "--lora-modules",
              "'{\"name\":\"dummy-lora\",\"path\":\"/mnt/lora/dummy-lora\"}'");
      assertThat(container(pod.getInitContainers(), "storage-initializer").getArgs())
          .containsExactly(
              "hf://facebook/opt-125m",
              "/mnt/models",
              "hf://peft-internal-testing/opt-125m-dummy-lora",
              "/mnt/lora/dummy-lora",
              "hf://peft-internal-testing/opt-125m-lora-2",
              "/mnt/lora/second-lora");
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
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceIsValid() {
      assertThat(Walkthrough.validate(ManagedDraExample.build())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("managed-dra", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("managed-dra", r);
    }

    @Test
    void claimTemplateComesBeforeThePodsThatClaimIt() {
      assertThat(objects(r))
          .startsWith(
              "ResourceClaimTemplate/qwen2-7b-dra-managed-dra", "Deployment/qwen2-7b-dra-kserve");
      ResourceClaimTemplate template =
          object(r, ResourceClaimTemplate.class, "qwen2-7b-dra-managed-dra");
      assertThat(template.getSpec().getSpec().getDevices().getRequests())
          .singleElement()
          .satisfies(
              request -> {
                assertThat(request.getExactly().getDeviceClassName()).isEqualTo("gpu.nvidia.com");
                assertThat(request.getExactly().getCount()).isEqualTo(2L);
              });
      PodSpec pod =
          object(r, Deployment.class, "qwen2-7b-dra-kserve").getSpec().getTemplate().getSpec();
      assertThat(pod.getResourceClaims())
          .singleElement()
          .satisfies(
              claim ->
                  assertThat(claim.getResourceClaimTemplateName())
                      .isEqualTo("qwen2-7b-dra-managed-dra"));
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

  @Nested
  class TeamNamespaceOverride {
    private final Composition<LLMInferenceService> c = TeamNamespaceOverrideExample.compose();
    private final Rendering r = Walkthrough.render(c);

    @Test
    void builtServiceAndBothProfilesAreValid() {
      assertThat(Walkthrough.validate(TeamNamespaceOverrideExample.build())).isEmpty();
      assertThat(Walkthrough.validate(TeamNamespaceOverrideExample.sharedProfile())).isEmpty();
      assertThat(Walkthrough.validate(TeamNamespaceOverrideExample.teamProfile())).isEmpty();
    }

    @Test
    void composedServiceMatchesGolden() {
      Golden.assertMatches("team-namespace-override", c);
    }

    @Test
    void renderedObjectsMatchGolden() {
      Golden.assertRenderedMatches("team-namespace-override", r);
    }

    @Test
    void theTeamsProfileIsFoundFirstAndTheSharedOneIsNotUsed() {
      // the status the composition guide shows: my-gpu-profile from my-team, as a UserRef
      assertThat(c.appliedConfigs())
          .last()
          .isEqualTo(
              AppliedConfigRef.builder()
                  .name("my-gpu-profile")
                  .namespace("my-team")
                  .source(ConfigSource.USER_REF)
                  .build());
      assertThat(ids(c)).doesNotContain("UserRef:kserve/my-gpu-profile");
      assertThat(origin(c, "template.nodeSelector[\"nvidia.com/gpu.product\"]"))
          .isEqualTo("UserRef:my-team/my-gpu-profile");
      assertThat(origin(c, "template.tolerations")).isEqualTo("UserRef:my-team/my-gpu-profile");
      assertThat(explain(c, "replicas").overrides()).isEmpty();
    }

    @Test
    void lookupNotMergeNothingOfTheSharedProfileIsRendered() {
      Deployment d = object(r, Deployment.class, "llama-3-8b-kserve");
      assertThat(d.getSpec().getReplicas()).isEqualTo(3);
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      assertThat(pod.getNodeSelector())
          .containsExactly(Map.entry("nvidia.com/gpu.product", "NVIDIA-H100-80GB-HBM3"));
      assertThat(pod.getTolerations())
          .extracting(t -> t.getKey())
          .containsExactly("my-team.example.com/h100");
      // the shared profile's four GPUs, CPU and memory would be here had it been merged
      Container main = container(pod.getContainers(), "main");
      assertThat(main.getResources().getLimits()).containsOnlyKeys("nvidia.com/gpu");
      assertThat(main.getResources().getLimits().get("nvidia.com/gpu").toString()).isEqualTo("1");
      assertThat(main.getResources().getRequests()).containsOnlyKeys("nvidia.com/gpu");
    }

    @Test
    void withoutTheTeamsProfileTheSharedOneRendersAsInTheHardwareProfileExample() {
      Composition<LLMInferenceService> shared =
          Walkthrough.compose(
              TeamNamespaceOverrideExample.build(),
              List.of(TeamNamespaceOverrideExample.sharedProfile()));
      assertThat(ids(shared)).last().isEqualTo("UserRef:kserve/my-gpu-profile");
      // same service, written in v1alpha2 instead of v1alpha1: the same objects
      assertThat(Walkthrough.render(shared).objects())
          .isEqualTo(HardwareProfileExample.render().objects());
    }
  }

  /**
   * Every example builds its service with the fluent builders; its YAML sample is the same object,
   * read as the model and as a plain tree (so a field the model would drop cannot hide).
   */
  @Nested
  class BuildersEqualSamples {
    @Test
    void v1alpha2Services() {
      Map<String, LLMInferenceService> built =
          Map.ofEntries(
              Map.entry(SingleNodeGpuExample.SAMPLE, SingleNodeGpuExample.build()),
              Map.entry(SingleNodeNoRouterExample.SAMPLE, SingleNodeNoRouterExample.build()),
              Map.entry(MultiNodeDataParallelExample.SAMPLE, MultiNodeDataParallelExample.build()),
              Map.entry(PrefillDecodeExample.SAMPLE, PrefillDecodeExample.build()),
              Map.entry(LoraAdaptersExample.SAMPLE, LoraAdaptersExample.build()),
              Map.entry(ManagedDraExample.SAMPLE, ManagedDraExample.build()),
              Map.entry(CustomRouteTimeoutsExample.SAMPLE, CustomRouteTimeoutsExample.build()),
              Map.entry(UrlRewriteExample.SAMPLE, UrlRewriteExample.build()),
              Map.entry(ReferencedGatewayExample.SAMPLE, ReferencedGatewayExample.build()),
              Map.entry(SchedulerOffExample.SAMPLE, SchedulerOffExample.build()),
              Map.entry(TeamNamespaceOverrideExample.SAMPLE, TeamNamespaceOverrideExample.build()));
      assertThat(built).hasSize(11);
      built.forEach(
          (sample, service) -> {
            assertThat(service)
                .as(sample)
                .isEqualTo(Walkthrough.load(sample, LLMInferenceService.class));
            assertThat(LlmisvcMapper.toTree(service))
                .as(sample)
                .isEqualTo(Walkthrough.load(sample, JsonNode.class));
          });
    }

    @Test
    void v1alpha1Service() {
      dev.llmisvc.api.v1alpha1.LLMInferenceService built = HardwareProfileExample.build();
      assertThat(built)
          .isEqualTo(
              Walkthrough.load(
                  HardwareProfileExample.SAMPLE,
                  dev.llmisvc.api.v1alpha1.LLMInferenceService.class));
      assertThat(LlmisvcMapper.toTree(built))
          .isEqualTo(Walkthrough.load(HardwareProfileExample.SAMPLE, JsonNode.class));
    }

    @Test
    void configs() {
      Map<String, LLMInferenceServiceConfig> built =
          Map.of(
              HardwareProfileExample.PROFILE, HardwareProfileExample.profile(),
              TeamNamespaceOverrideExample.TEAM_PROFILE,
                  TeamNamespaceOverrideExample.teamProfile());
      built.forEach(
          (sample, config) -> {
            assertThat(config)
                .as(sample)
                .isEqualTo(Walkthrough.load(sample, LLMInferenceServiceConfig.class));
            assertThat(LlmisvcMapper.toTree(config))
                .as(sample)
                .isEqualTo(Walkthrough.load(sample, JsonNode.class));
          });
    }
  }

  @Test
  void everyExampleRunsAndEveryPrintedPathHasAnOrigin() {
    Map<String, BiFunction<PrintStream, PrintStream, Integer>> runs =
        Map.ofEntries(
            Map.entry("single-node-gpu", SingleNodeGpuExample::run),
            Map.entry("single-node-no-router", SingleNodeNoRouterExample::run),
            Map.entry("multi-node-dp-ep", MultiNodeDataParallelExample::run),
            Map.entry("prefill-decode", PrefillDecodeExample::run),
            Map.entry("hardware-profile", HardwareProfileExample::run),
            Map.entry("lora-adapters", LoraAdaptersExample::run),
            Map.entry("managed-dra", ManagedDraExample::run),
            Map.entry("custom-route-timeouts", CustomRouteTimeoutsExample::run),
            Map.entry("url-rewrite", UrlRewriteExample::run),
            Map.entry("referenced-gateway", ReferencedGatewayExample::run),
            Map.entry("team-namespace-override", TeamNamespaceOverrideExample::run),
            Map.entry("scheduler-off", SchedulerOffExample::run));
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
          assertThat(printed)
              .as(name)
              .contains(
                  "kind: Deployment", "# the cluster must provide:", "# warnings while rendering:");
        });
  }

  /** The rendered objects as {@code Kind/name}, in creation order. */
  static List<String> objects(Rendering r) {
    return r.objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
  }

  /** The one rendered object of this type and name. */
  static <T extends HasMetadata> T object(Rendering r, Class<T> type, String name) {
    List<T> found =
        r.objects().stream()
            .filter(type::isInstance)
            .map(type::cast)
            .filter(o -> o.getMetadata().getName().equals(name))
            .toList();
    assertThat(found).as(type.getSimpleName() + " " + name).hasSize(1);
    return found.get(0);
  }

  /** The one rendered HTTPRoute. */
  static HTTPRoute route(Rendering r) {
    List<HTTPRoute> routes =
        r.objects().stream()
            .filter(HTTPRoute.class::isInstance)
            .map(HTTPRoute.class::cast)
            .toList();
    assertThat(routes).as("HTTPRoutes").hasSize(1);
    return routes.get(0);
  }

  /** Every backend of every rule of a route, in order. */
  static List<HTTPBackendRef> backends(HTTPRoute route) {
    return route.getSpec().getRules().stream()
        .flatMap(rule -> rule.getBackendRefs().stream())
        .toList();
  }

  /** The parents of a route as {@code namespace/name}. */
  static List<String> parents(HTTPRoute route) {
    return route.getSpec().getParentRefs().stream()
        .map(p -> p.getNamespace() + "/" + p.getName())
        .toList();
  }

  /** What the cluster must provide, as {@code Kind namespace/name}. */
  static List<String> required(Rendering r) {
    return r.required().stream().map(o -> o.kind() + " " + o.namespace() + "/" + o.name()).toList();
  }

  /** The container of this name. */
  static Container container(List<Container> containers, String name) {
    return containers.stream()
        .filter(container -> container.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container " + name));
  }

  static List<String> ids(Composition<?> c) {
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

  static String origin(Composition<?> c, String path) {
    Optional<FieldOrigin> o = c.origin(FieldPath.parse(path));
    assertThat(o).as("origin of " + path).isPresent();
    return o.get().describe();
  }
}
