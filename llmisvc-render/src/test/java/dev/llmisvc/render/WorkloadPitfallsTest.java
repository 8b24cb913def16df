package dev.llmisvc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.RenderException;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The workload items of rendering.md §10 ("what a naive renderer gets wrong"), one named test each,
 * on small effective specs written directly.
 */
class WorkloadPitfallsTest {
  private static final String HEAD =
      """
      apiVersion: serving.kserve.io/v1alpha2
      kind: LLMInferenceService
      metadata:
        name: %s
        namespace: demo
      """;

  private static LLMInferenceService svc(String name, String specAndMore) {
    return EffectiveServices.effective(HEAD.formatted(name) + specAndMore);
  }

  private static <T extends HasMetadata> T only(Rendering r, Class<T> type, String name) {
    return r.objects().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(o -> o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  private static List<String> names(Rendering r) {
    return r.objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
  }

  private static final String MAIN =
      """
        template:
          containers:
            - name: main
              image: vllm
      """;

  // §10 #3, §2.1
  @Test
  void childNamesAreHashedIndependentlyForLongServiceNames() {
    String name = "my-very-long-llm-inference-service-name-for-testing-01";
    Rendering r = Renderer.render(svc(name, "spec:\n  model:\n    uri: hf://m/m\n" + MAIN));
    assertThat(names(r))
        .containsExactly(
            "Deployment/my-very-long-llm-inference-service-name-for-testing-01-kserve",
            "Service/my-very-lonac9c461f15deb4e17f8d014e063c649a-kserve-workload-svc");
  }

  // §10 #4, §4.4
  @Test
  void specLabelsLeakIntoDeploymentLabelsAndSelector() {
    Rendering r =
        Renderer.render(
            svc(
                "leak",
                """
                spec:
                  model:
                    uri: hf://m/m
                  labels:
                    team: a
                """
                    + MAIN));
    Deployment d = only(r, Deployment.class, "leak-kserve");
    assertThat(d.getMetadata().getLabels()).containsEntry("team", "a");
    assertThat(d.getSpec().getSelector().getMatchLabels()).containsEntry("team", "a");
    assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("team", "a");
    Service s = only(r, Service.class, "leak-kserve-workload-svc");
    assertThat(s.getMetadata().getLabels()).containsEntry("team", "a");
    assertThat(s.getSpec().getSelector()).doesNotContainKey("team");
  }

  // §10 #5, §4.9
  @Test
  void workloadServiceSelectsPrefillPodsOnFixedPort8000() {
    String spec =
        """
        spec:
          model:
            uri: hf://m/m
          prefill:
            template:
              containers:
                - name: main
        """
            + MAIN;
    Rendering plain = Renderer.render(svc("pd", spec));
    Service s = only(plain, Service.class, "pd-kserve-workload-svc");
    assertThat(s.getSpec().getSelector())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(
                "app.kubernetes.io/name", "pd",
                "app.kubernetes.io/part-of", "llminferenceservice",
                "kserve.io/component", "workload"));
    assertThat(
            only(plain, Deployment.class, "pd-kserve-prefill")
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels())
        .containsEntry("kserve.io/component", "workload")
        .containsEntry("llm-d.ai/role", "prefill");
    assertThat(s.getSpec().getPorts()).hasSize(1);
    assertThat(s.getSpec().getPorts().get(0).getPort()).isEqualTo(8000);
    assertThat(s.getSpec().getPorts().get(0).getName()).isEqualTo("http");

    Rendering tls =
        Renderer.render(
            svc("pd", spec),
            RenderSettings.builder()
                .controller(ControllerSettings.builder().enableTls(true).build())
                .build());
    Service st = only(tls, Service.class, "pd-kserve-workload-svc");
    assertThat(st.getSpec().getPorts().get(0).getName()).isEqualTo("https");
    assertThat(st.getSpec().getPorts().get(0).getAppProtocol()).isEqualTo("https");
    assertThat(st.getSpec().getPorts().get(0).getTargetPort().getIntVal()).isEqualTo(8000);
  }

  // §10 #6, §4.7, §4.8, §7.1
  @Test
  void onlyPrefillLwsGetsSubGroupPolicyAndSizeIsIntegerDivision() {
    Rendering r =
        Renderer.render(
            svc(
                "dp",
                """
                spec:
                  model:
                    uri: hf://m/m
                  parallelism:
                    data: 10
                    dataLocal: 2
                  worker:
                    containers:
                      - name: main
                  prefill:
                    parallelism:
                      data: 4
                      dataLocal: 8
                    worker:
                      containers:
                        - name: main
                """));
    LeaderWorkerSet main = only(r, LeaderWorkerSet.class, "dp-kserve-mn");
    LeaderWorkerSet prefill = only(r, LeaderWorkerSet.class, "dp-kserve-mn-prefill");
    assertThat(main.getSpec().leaderWorkerTemplate().size()).isEqualTo(5);
    assertThat(main.getSpec().leaderWorkerTemplate().subGroupPolicy()).isNull();
    assertThat(main.getSpec().leaderWorkerTemplate().restartPolicy())
        .isEqualTo("RecreateGroupOnPodRestart");
    assertThat(main.getSpec().startupPolicy()).isEqualTo("LeaderCreated");
    assertThat(prefill.getSpec().leaderWorkerTemplate().size()).isEqualTo(1);
    assertThat(prefill.getSpec().leaderWorkerTemplate().subGroupPolicy().subGroupSize())
        .isEqualTo(1);
  }

  // §10 #7, §4.6, §4.7
  @Test
  void workerPodsArePoolMembersOnlyWithoutLeaderTemplateAndMultiNodeAccountsHaveTwoLabels() {
    String worker =
        """
        spec:
          model:
            uri: hf://m/m
          parallelism:
            pipeline: 2
          worker:
            containers:
              - name: main
        """;
    Rendering noLeader = Renderer.render(svc("w", worker));
    assertThat(
            only(noLeader, LeaderWorkerSet.class, "w-kserve-mn")
                .getSpec()
                .leaderWorkerTemplate()
                .workerTemplate()
                .getMetadata()
                .getLabels())
        .containsEntry("kserve.io/component", "workload")
        .containsEntry("llm-d.ai/role", "decode");
    Rendering withLeader = Renderer.render(svc("w", worker + MAIN));
    LeaderWorkerSet lws = only(withLeader, LeaderWorkerSet.class, "w-kserve-mn");
    assertThat(lws.getSpec().leaderWorkerTemplate().workerTemplate().getMetadata().getLabels())
        .doesNotContainKeys("kserve.io/component", "llm-d.ai/role");
    assertThat(lws.getSpec().leaderWorkerTemplate().leaderTemplate().getMetadata().getLabels())
        .containsEntry("llm-d.ai/role", "both");
    assertThat(only(withLeader, ServiceAccount.class, "w-kserve-mn").getMetadata().getLabels())
        .containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/part-of");
  }

  private static final String SIDECAR_TEMPLATE =
      """
        template:
          initContainers:
            - name: llm-d-routing-sidecar
              restartPolicy: Always
          containers:
            - name: main
      """;

  // §10 #8, §3.1, §5.5
  @Test
  void routingSidecarInTemplateCreatesSingleNodeAccessEvenForMultiNode() {
    Rendering r =
        Renderer.render(
            svc(
                "pdmn",
                """
                spec:
                  model:
                    uri: hf://m/m
                  parallelism:
                    data: 2
                  worker:
                    containers:
                      - name: main
                  router:
                    route: {}
                  prefill:
                    template:
                      initContainers:
                        - name: llm-d-routing-sidecar
                      containers:
                        - name: main
                """
                    + SIDECAR_TEMPLATE));
    assertThat(names(r))
        .containsSubsequence(
            "ServiceAccount/pdmn-kserve-mn",
            "Role/pdmn-kserve-mn-role",
            "RoleBinding/pdmn-kserve-mn-rb",
            "LeaderWorkerSet/pdmn-kserve-mn",
            "ServiceAccount/pdmn-kserve",
            "Role/pdmn-kserve-role",
            "RoleBinding/pdmn-kserve-rb",
            "Deployment/pdmn-kserve-prefill");
    Container sidecar =
        only(r, LeaderWorkerSet.class, "pdmn-kserve-mn")
            .getSpec()
            .leaderWorkerTemplate()
            .leaderTemplate()
            .getSpec()
            .getInitContainers()
            .get(0);
    assertThat(sidecar.getEnv())
        .containsExactly(new EnvVar("INFERENCE_POOL_NAME", "pdmn-inference-pool", null));
    Container prefillSidecar =
        only(r, Deployment.class, "pdmn-kserve-prefill")
            .getSpec()
            .getTemplate()
            .getSpec()
            .getInitContainers()
            .get(0);
    assertThat(prefillSidecar.getName()).isEqualTo("llm-d-routing-sidecar");
    assertThat(prefillSidecar.getEnv()).isEmpty();
  }

  private static Deployment mainOf(String uri) {
    return only(
        Renderer.render(svc("st", "spec:\n  model:\n    uri: " + uri + "\n" + MAIN)),
        Deployment.class,
        "st-kserve");
  }

  // §10 #9, §5.1
  @Test
  void huggingFaceAddsThreeHfVariablesAndS3None() {
    Container hf =
        mainOf("hf://org/model").getSpec().getTemplate().getSpec().getInitContainers().get(0);
    assertThat(hf.getEnv())
        .extracting(EnvVar::getName)
        .containsExactly(
            "HF_HUB_ENABLE_HF_TRANSFER",
            "HF_XET_HIGH_PERFORMANCE",
            "HF_XET_NUM_CONCURRENT_RANGE_GETS");
    Container s3 =
        mainOf("s3://bucket/model").getSpec().getTemplate().getSpec().getInitContainers().get(0);
    assertThat(s3.getEnv()).isEmpty();
    assertThat(s3.getArgs()).containsExactly("s3://bucket/model", "/mnt/models");
  }

  // §10 #9, §5.1
  @Test
  void pvcModelUsesKservePvcSourceWithSubPathAndNoInitContainer() {
    var pod = mainOf("pvc://claim/some/dir").getSpec().getTemplate().getSpec();
    assertThat(pod.getInitContainers()).isEmpty();
    assertThat(pod.getVolumes().get(0).getName()).isEqualTo("kserve-pvc-source");
    assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getSubPath())
        .isEqualTo("some/dir");
  }

  // §10 #9, §5.2
  @Test
  void loraMovesTheDownloadMountToTheCommonParent() {
    Rendering r =
        Renderer.render(
            svc(
                "lo",
                """
                spec:
                  model:
                    uri: hf://org/base
                    lora:
                      adapters:
                        - name: a
                          uri: hf://org/a
                """
                    + MAIN));
    var pod = only(r, Deployment.class, "lo-kserve").getSpec().getTemplate().getSpec();
    assertThat(pod.getInitContainers().get(0).getArgs())
        .containsExactly("hf://org/base", "/mnt/models", "hf://org/a", "/mnt/lora/a");
    assertThat(pod.getInitContainers().get(0).getVolumeMounts().get(0).getMountPath())
        .isEqualTo("/mnt");
    assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath())
        .isEqualTo("/mnt");
  }

  // §4.4: pod annotations take spec.annotations without the routing key and the approved
  // prefixes of the service's own annotations; the Deployment itself only the approved prefixes.
  @Test
  void annotationsPropagateByPrefixAndWithoutTheRoutingKey() {
    LLMInferenceService s =
        EffectiveServices.effective(
            HEAD.formatted("ann")
                + """
                  annotations:
                    prometheus.io/scrape: "true"
                    k8s.v1.cni.cncf.io/networks: rdma
                    unrelated/key: x
                spec:
                  model:
                    uri: hf://m/m
                  annotations:
                    serving.kserve.io/model-based-routing-enabled: "true"
                    team/owner: a
                """
                + MAIN);
    Deployment d = only(Renderer.render(s), Deployment.class, "ann-kserve");
    assertThat(d.getMetadata().getAnnotations())
        .containsOnlyKeys("prometheus.io/scrape", "k8s.v1.cni.cncf.io/networks");
    assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsOnlyKeys("prometheus.io/scrape", "k8s.v1.cni.cncf.io/networks", "team/owner");
  }

  // §10 #9, §5.1
  @Test
  void ociModelcarMountsParentAndRunsAsUid1010() {
    var pod = mainOf("oci://registry/model:1").getSpec().getTemplate().getSpec();
    assertThat(pod.getContainers())
        .extracting(Container::getName)
        .containsExactly("main", "modelcar");
    assertThat(pod.getInitContainers())
        .extracting(Container::getName)
        .containsExactly("modelcar-init");
    assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath())
        .isEqualTo("/mnt");
    assertThat(pod.getContainers().get(0).getSecurityContext().getRunAsUser()).isEqualTo(1010L);
    assertThat(pod.getShareProcessNamespace()).isTrue();
  }

  // §10 #9, §5.1
  @Test
  void gcsModelUriIsRejectedWithTheServiceAndField() {
    assertThatThrownBy(() -> mainOf("gs://bucket/model"))
        .isInstanceOf(RenderException.class)
        .hasMessage("demo/st: spec.model.uri: unsupported schema in model URI: gs://bucket/model")
        .satisfies(
            e -> {
              RenderException re = (RenderException) e;
              assertThat(re.serviceName()).isEqualTo("st");
              assertThat(re.field()).isEqualTo("spec.model.uri");
            });
  }

  // §4.1: the Secret is KServe's, but clock-dependent: required unless generated.
  @Test
  void tlsSecretIsRequiredWhenNotGenerated() {
    Rendering r = Renderer.render(svc("t", "spec:\n  model:\n    uri: pvc://claim/m\n" + MAIN));
    assertThat(r.required())
        .contains(
            new RequiredObject(
                "v1", "Secret", "demo", "t-kserve-self-signed-certs", r.required().get(0).reason()))
        .extracting(RequiredObject::name)
        .containsExactly("t-kserve-self-signed-certs", "claim");
  }

  // §3.1: a named ServiceAccount must exist.
  @Test
  void missingNamedServiceAccountFailsTheRendering() {
    ClusterFacts none =
        new ClusterFacts() {
          @Override
          public Optional<ServiceAccount> serviceAccount(String namespace, String name) {
            return Optional.empty();
          }
        };
    LLMInferenceService s =
        svc(
            "sa",
            """
            spec:
              model:
                uri: hf://m/m
              template:
                serviceAccountName: runner
                initContainers:
                  - name: llm-d-routing-sidecar
                containers:
                  - name: main
            """);
    assertThatThrownBy(
            () -> Renderer.render(s, RenderSettings.builder().clusterFacts(none).build()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("spec.template.serviceAccountName")
        .hasMessageContaining("runner");
  }

  // §8
  @Test
  void stopAnnotationIsCaseInsensitiveAndRendersNothing() {
    LLMInferenceService s =
        EffectiveServices.effective(
            HEAD.formatted("stop")
                + "  annotations:\n    serving.kserve.io/stop: TRUE\nspec:\n  model:\n    uri: hf://m/m\n"
                + MAIN);
    Rendering r = Renderer.render(s);
    assertThat(r.objects()).isEmpty();
    assertThat(r.required()).isEmpty();
  }

  // §1.2: a live replica count is kept when the spec leaves replicas unset.
  @Test
  void liveReplicasArePreservedWhenSpecLeavesThemUnset() {
    ClusterFacts live =
        new ClusterFacts() {
          @Override
          public Optional<Integer> liveReplicas(String kind, String namespace, String name) {
            return Optional.of(7);
          }
        };
    Rendering r =
        Renderer.render(
            svc("rep", "spec:\n  model:\n    uri: hf://m/m\n" + MAIN),
            RenderSettings.builder().clusterFacts(live).build());
    assertThat(only(r, Deployment.class, "rep-kserve").getSpec().getReplicas()).isEqualTo(7);
  }

  @Test
  void yamlIsByteIdenticalForIdenticalInput() {
    LLMInferenceService s = WorkloadCases.service("pd-multi-node");
    assertThat(Renderer.render(s).toYaml()).isEqualTo(Renderer.render(s).toYaml());
    assertThat(Renderer.render(s).toJsonList())
        .startsWith("{\"apiVersion\":\"v1\",\"kind\":\"List\"");
  }
}
