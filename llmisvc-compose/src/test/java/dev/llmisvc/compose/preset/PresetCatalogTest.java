package dev.llmisvc.compose.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PresetCatalogTest {
  private static final String CUDA = "ghcr.io/llm-d/llm-d-cuda:v0.9.0";
  private static final String EPP = "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0";
  private static final String SIDECAR = "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0";
  private static final String TLS_SCHEME =
      "{{ if .GlobalConfig.EnableTLS }}HTTPS{{else}}HTTP{{- end }}";
  private static final String CERTS =
      "{{ ChildName .ObjectMeta.Name `-kserve-self-signed-certs` }}";
  private static final String POOL = "{{ ChildName .ObjectMeta.Name `-inference-pool` }}";

  private final PresetCatalog catalog = PresetCatalog.builtin("kserve");

  private ObjectNode preset(String suffix) {
    return catalog.preset("kserve-" + suffix).orElseThrow();
  }

  private static String script(JsonNode container) {
    return container.at("/command/2").asText();
  }

  @Test
  void indexListsTheDefaultCatalogAndTheKServeVersionItMatches() {
    assertThat(PresetCatalog.available()).contains("kserve-aaac4e2");
    assertThat(PresetCatalog.defaultId()).isEqualTo("kserve-aaac4e2");
    assertThat(catalog.id()).isEqualTo("kserve-aaac4e2");
    assertThat(catalog.kserveVersion()).contains("main@aaac4e2 (2026-08-21), v0.20.0+");
    assertThat(catalog.origin()).isEqualTo("builtin:kserve-aaac4e2");
  }

  @Test
  void shipsTheElevenWellKnownPresets() {
    assertThat(catalog.names())
        .containsExactlyInAnyOrder(
            "kserve-config-llm-template",
            "kserve-config-llm-decode-template",
            "kserve-config-llm-prefill-template",
            "kserve-config-llm-worker-data-parallel",
            "kserve-config-llm-decode-worker-data-parallel",
            "kserve-config-llm-prefill-worker-data-parallel",
            "kserve-config-llm-scheduler",
            "kserve-config-llm-router-route",
            "kserve-config-llm-scheduler-latency-predictor",
            "kserve-config-llm-tokenizer",
            "kserve-config-llm-tracing");
  }

  @Test
  void everyPresetIsAV1alpha2ConfigNamedAsListedAndPlacedInTheSystemNamespace() {
    for (String name : catalog.names()) {
      ObjectNode preset = catalog.preset(name).orElseThrow();
      assertThat(preset.get("apiVersion").asText()).isEqualTo("serving.kserve.io/v1alpha2");
      assertThat(preset.get("kind").asText()).isEqualTo("LLMInferenceServiceConfig");
      assertThat(preset.at("/metadata/name").asText()).isEqualTo(name);
      assertThat(preset.at("/metadata/namespace").asText()).isEqualTo("kserve");
      assertThat(preset.get("spec").isObject()).isTrue();
    }
  }

  @Test
  void presetsAreFreshCopies() {
    preset("config-llm-tracing").withObjectProperty("spec").put("changed", true);
    assertThat(preset("config-llm-tracing").at("/spec/changed").isMissingNode()).isTrue();
  }

  @Test
  void unknownNamesAndTheNoneCatalogHaveNothing() {
    assertThat(catalog.preset("kserve-config-llm-worker-pipeline-parallel")).isEmpty();
    assertThat(catalog.preset("config-llm-template")).isEmpty();
    assertThat(PresetCatalog.none().names()).isEmpty();
    assertThat(PresetCatalog.none().isEmpty()).isTrue();
    assertThat(PresetCatalog.none().preset("kserve-config-llm-template")).isEmpty();
    assertThatThrownBy(() -> PresetCatalog.load("kserve-0000000", "kserve"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kserve-aaac4e2");
  }

  @Test
  void namespaceAndPrefixCanBeChanged() {
    PresetCatalog moved = catalog.inSystemNamespace("sys").withPrefix("v2-");
    assertThat(moved.names()).contains("v2-config-llm-template");
    ObjectNode preset = moved.preset("v2-config-llm-template").orElseThrow();
    assertThat(preset.at("/metadata/name").asText()).isEqualTo("v2-config-llm-template");
    assertThat(preset.at("/metadata/namespace").asText()).isEqualTo("sys");
    assertThat(moved.preset("kserve-config-llm-template")).isEmpty();
  }

  @Test
  void singleNodeTemplate() {
    ObjectNode spec = (ObjectNode) preset("config-llm-template").get("spec");
    assertThat(spec.at("/annotations/serving.kserve.io~1model-based-routing-enabled").asText())
        .isEqualTo("true");
    JsonNode main = spec.at("/template/containers/0");
    assertThat(main.get("name").asText()).isEqualTo("main");
    assertThat(main.get("image").asText()).isEqualTo(CUDA);
    assertThat(main.at("/ports/0/containerPort").asInt()).isEqualTo(8000);
    assertThat(main.at("/ports/0/protocol").asText()).isEqualTo("TCP");
    assertThat(main.at("/command/0").asText()).isEqualTo("/bin/bash");
    assertThat(main.at("/command/1").asText()).isEqualTo("-c");
    assertThat(main.at("/command/3").asText()).isEqualTo("--");
    assertThat(main.get("command").size()).isEqualTo(4);
    assertThat(env(main))
        .containsExactly("HOME=/home", "VLLM_LOGGING_LEVEL=INFO", "HF_HUB_CACHE=/models");
    assertThat(main.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(main.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isFalse();
    assertThat(main.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    assertThat(main.at("/securityContext/capabilities/drop/0").asText()).isEqualTo("ALL");
    assertThat(main.at("/securityContext/capabilities/add").isMissingNode()).isTrue();
    assertThat(main.at("/securityContext/seccompProfile/type").asText())
        .isEqualTo("RuntimeDefault");
    assertThat(main.at("/lifecycle/preStop/exec/command").toString())
        .isEqualTo("[\"/bin/sleep\",\"15\"]");
    assertThat(main.get("terminationMessagePolicy").asText()).isEqualTo("FallbackToLogsOnError");
    assertVllmProbes(main, 8000);
    assertThat(mounts(main))
        .containsExactly(
            "/home=home",
            "/tmp=tmp-dir",
            "/dev/shm=dshm",
            "/models=model-cache",
            "/var/run/kserve/tls=tls-certs");
    assertThat(spec.at("/template/terminationGracePeriodSeconds").asInt()).isEqualTo(60);
    assertThat(volumes(spec.at("/template")))
        .containsExactly("home", "dshm", "model-cache", "tmp-dir", "tls-certs");
    assertThat(spec.at("/template/volumes/1/emptyDir/medium").asText()).isEqualTo("Memory");
    assertThat(spec.at("/template/volumes/1/emptyDir/sizeLimit").asText()).isEqualTo("1Gi");
    assertThat(spec.at("/template/volumes/4/secret/secretName").asText()).isEqualTo(CERTS);

    String script = script(main);
    assertThat(actions(script))
        .containsExactly(
            "{{ shutdownTimeout .Spec.Template 15 }}",
            "{{ kvTransferConfig .Spec.KVCacheOffloading }}",
            "{{ .Spec.Model.Name }}",
            "{{ .ObjectMeta.Namespace }}",
            "{{ .Spec.Model.Name }}",
            "{{- if and .Spec.Parallelism .Spec.Parallelism.Tensor }}",
            "{{ .Spec.Parallelism.Tensor }}",
            "{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}",
            "{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}",
            "{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}",
            "{{- end }}");
    assertThat(script)
        .contains("exec vllm serve /mnt/models")
        .contains(
            "--served-model-name \"{{ .Spec.Model.Name }}\" \"publishers/{{ .ObjectMeta.Namespace }}/models/{{ .Spec.Model.Name }}\"")
        .contains("--port 8000")
        .contains("--disable-uvicorn-access-log")
        .contains("--disable-access-log-for-endpoints /health,/metrics,/ping")
        .contains("KSERVE_INFER_ROCE")
        .contains("--ssl-certfile /var/run/kserve/tls/tls.crt")
        .contains("--ssl-keyfile /var/run/kserve/tls/tls.key")
        .contains("--enable-ssl-refresh")
        .contains("${VLLM_ADDITIONAL_ARGS}")
        .endsWith("$@\"");
  }

  @Test
  void decodeTemplateMovesVllmTo8001BehindTheRoutingSidecar() {
    JsonNode template = preset("config-llm-decode-template").at("/spec/template");
    JsonNode main = template.at("/containers/0");
    assertThat(main.at("/ports/0/containerPort").asInt()).isEqualTo(8001);
    assertThat(script(main)).contains("--port 8001");
    assertVllmProbes(main, 8001);
    JsonNode sidecar = template.at("/initContainers/0");
    assertSidecar(sidecar);
    assertThat(sidecar.at("/resources").isObject()).isTrue();
    assertThat(sidecar.at("/securityContext/seccompProfile").isMissingNode()).isTrue();
    assertThat(volumes(template))
        .containsExactly("home", "tmp-dir", "dshm", "model-cache", "tls-certs");
  }

  @Test
  void prefillTemplateSitsUnderSpecPrefill() {
    JsonNode spec = preset("config-llm-prefill-template").get("spec");
    assertThat(spec.has("template")).isFalse();
    assertThat(
            spec.at("/prefill/annotations/serving.kserve.io~1model-based-routing-enabled").asText())
        .isEqualTo("true");
    JsonNode main = spec.at("/prefill/template/containers/0");
    assertThat(main.get("image").asText()).isEqualTo(CUDA);
    assertThat(main.get("terminationMessagePolicy").asText()).isEqualTo("File");
    assertVllmProbes(main, 8000);
    String script = script(main);
    assertThat(script)
        .contains("--served-model-name \"{{ .Spec.Model.Name }}\" \\")
        .doesNotContain("publishers/")
        .contains(
            "{{ if .Spec.Prefill }}{{ shutdownTimeout .Spec.Prefill.Template 15 }}{{ else }}{{ shutdownTimeout nil 15 }}{{ end }}")
        .contains(
            "{{ if .Spec.Prefill }}{{ kvTransferConfig .Spec.Prefill.KVCacheOffloading }}{{ end }}")
        .contains(
            "{{- if and .Spec.Prefill .Spec.Prefill.Parallelism .Spec.Prefill.Parallelism.Tensor }} --tensor-parallel-size {{ .Spec.Prefill.Parallelism.Tensor }}{{- end }}");
  }

  @Test
  void dataParallelLeaderAndWorker() {
    JsonNode spec = preset("config-llm-worker-data-parallel").get("spec");
    JsonNode leader = spec.at("/template/containers/0");
    JsonNode worker = spec.at("/worker/containers/0");
    for (JsonNode c : List.of(leader, worker)) {
      assertThat(c.get("image").asText()).isEqualTo(CUDA);
      assertThat(c.at("/securityContext/capabilities/add").toString())
          .isEqualTo("[\"IPC_LOCK\",\"SYS_RAWIO\",\"NET_RAW\"]");
    }
    assertVllmProbes(leader, 8000);
    assertThat(worker.has("livenessProbe")).isFalse();
    assertThat(worker.has("readinessProbe")).isFalse();
    assertThat(worker.has("startupProbe")).isFalse();
    for (String pod : new String[] {"/template", "/worker"}) {
      assertThat(spec.at(pod + "/volumes/2/name").asText()).isEqualTo("dshm");
      assertThat(spec.at(pod + "/volumes/2/emptyDir/sizeLimit").asText()).isEqualTo("8Gi");
      assertThat(spec.at(pod + "/terminationGracePeriodSeconds").asInt()).isEqualTo(60);
    }
    assertThat(script(leader))
        .contains("getent hosts ${LWS_LEADER_ADDRESS}")
        .contains("DP_ADDRESS_RESOLVE_ATTEMPTS:-30")
        .contains("START_RANK=0")
        .contains("--api-server-count ${VLLM_API_SERVER_COUNT:-8}")
        .contains("{{- if .Spec.Parallelism.Expert -}}--enable-expert-parallel{{- end }}")
        .contains(
            "{{- if .Spec.Parallelism.Tensor -}}--tensor-parallel-size {{ .Spec.Parallelism.Tensor }}{{- end }}")
        .contains("--data-parallel-size {{ or .Spec.Parallelism.Data 1 }}")
        .contains("--data-parallel-size-local {{ or .Spec.Parallelism.DataLocal 1 }}")
        .contains("--data-parallel-address ${DP_ADDRESS}")
        .contains(
            "--data-parallel-rpc-port {{ if .Spec.Parallelism.DataRPCPort }}{{ .Spec.Parallelism.DataRPCPort }}{{ else }}5555{{- end }}")
        .contains("--data-parallel-start-rank $START_RANK")
        .contains("{{ shutdownTimeout .Spec.Template 15 }}")
        .doesNotContain("--headless");
    assertThat(script(worker))
        .contains(
            "START_RANK=$(( ${LWS_WORKER_INDEX:-0} * {{ or .Spec.Parallelism.DataLocal 1 }} ))")
        .contains("--headless")
        .contains("{{- if .Spec.Parallelism.Expert }}--enable-expert-parallel{{- end }}")
        .contains("{{ shutdownTimeout .Spec.Worker 15 }}")
        .doesNotContain("--api-server-count");
  }

  @Test
  void decodeDataParallelHasTheSidecarOnTheLeaderAndDummyInputsOnWorkers() {
    JsonNode spec = preset("config-llm-decode-worker-data-parallel").get("spec");
    assertSidecar(spec.at("/template/initContainers/0"));
    assertThat(spec.at("/template/initContainers/0/securityContext/seccompProfile/type").asText())
        .isEqualTo("RuntimeDefault");
    assertThat(spec.at("/worker/initContainers").isMissingNode()).isTrue();
    assertThat(spec.at("/template/containers/0/ports/0/containerPort").asInt()).isEqualTo(8001);
    assertThat(spec.at("/worker/containers/0/ports/0/containerPort").asInt()).isEqualTo(8001);
    assertThat(env(spec.at("/worker/containers/0"))).contains("VLLM_RANDOMIZE_DP_DUMMY_INPUTS=1");
    assertThat(env(spec.at("/template/containers/0")))
        .doesNotContain("VLLM_RANDOMIZE_DP_DUMMY_INPUTS=1");
  }

  @Test
  void prefillDataParallelReadsThePrefillParallelism() {
    JsonNode prefill = preset("config-llm-prefill-worker-data-parallel").at("/spec/prefill");
    assertThat(script(prefill.at("/template/containers/0")))
        .contains("--data-parallel-size {{ or .Spec.Prefill.Parallelism.Data 1 }}")
        .contains("{{ shutdownTimeout .Spec.Prefill.Template 15 }}");
    assertThat(script(prefill.at("/worker/containers/0")))
        .contains("{{ or .Spec.Prefill.Parallelism.DataLocal 1 }}")
        .contains("{{ shutdownTimeout .Spec.Prefill.Worker 15 }}")
        .contains("--headless");
  }

  @Test
  void scheduler() {
    JsonNode scheduler = preset("config-llm-scheduler").at("/spec/router/scheduler");
    assertThat(scheduler.at("/annotations/app.kubernetes.io~1version").asText())
        .isEqualTo("0.10.0");
    JsonNode pool = scheduler.at("/pool/spec");
    assertThat(pool.at("/endpointPickerRef/failureMode").asText()).isEqualTo("FailOpen");
    assertThat(pool.at("/endpointPickerRef/kind").asText()).isEqualTo("Service");
    assertThat(pool.at("/endpointPickerRef/name").asText())
        .isEqualTo("{{ ChildName .ObjectMeta.Name `-epp-service` }}");
    assertThat(pool.at("/endpointPickerRef/port/number").asInt()).isEqualTo(9002);
    assertThat(pool.at("/selector/matchLabels/app.kubernetes.io~1name").asText())
        .isEqualTo("{{ .ObjectMeta.Name }}");
    assertThat(pool.at("/selector/matchLabels/app.kubernetes.io~1part-of").asText())
        .isEqualTo("llminferenceservice");
    assertThat(pool.at("/selector/matchLabels/kserve.io~1component").asText())
        .isEqualTo("workload");
    assertThat(pool.at("/targetPorts").toString()).isEqualTo("[{\"number\":8000}]");
    JsonNode main = scheduler.at("/template/containers/0");
    assertThat(main.get("image").asText()).isEqualTo(EPP);
    List<String> command = new ArrayList<>();
    main.get("command").forEach(n -> command.add(n.asText()));
    assertThat(command)
        .containsExactly(
            "/app/epp",
            "--pool-name",
            POOL,
            "--pool-namespace",
            "{{ .ObjectMeta.Namespace }}",
            "--zap-encoder",
            "json",
            "--grpc-port",
            "9002",
            "--grpc-health-port",
            "9003",
            "{{ if .GlobalConfig.EnableTLS }}--enable-cert-reload=true{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}--secure-serving=true{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}--model-server-metrics-scheme=https{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}--cert-path=/var/run/kserve/tls{{- end }}");
    assertThat(ports(main))
        .containsExactly("grpc=9002", "grpc-health=9003", "metrics=9090", "zmq=5557");
    assertThat(main.at("/livenessProbe/grpc/service").asText()).isEqualTo("liveness");
    assertThat(main.at("/livenessProbe/initialDelaySeconds").asInt()).isEqualTo(5);
    assertThat(main.at("/readinessProbe/grpc/port").asInt()).isEqualTo(9003);
    assertThat(main.at("/readinessProbe/initialDelaySeconds").asInt()).isEqualTo(30);
    assertThat(main.at("/resources/requests/cpu").asText()).isEqualTo("1");
    assertThat(main.at("/resources/requests/memory").asText()).isEqualTo("2Gi");
    assertThat(main.at("/resources/limits/cpu").asText()).isEqualTo("6");
    assertThat(main.at("/resources/limits/memory").asText()).isEqualTo("16Gi");
    assertThat(main.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(scheduler.at("/template/dnsPolicy").asText()).isEqualTo("ClusterFirst");
    assertThat(scheduler.at("/template/restartPolicy").asText()).isEqualTo("Always");
    assertThat(scheduler.at("/template/terminationGracePeriodSeconds").asInt()).isEqualTo(60);
    assertThat(scheduler.at("/template/volumes/0/secret/secretName").asText()).isEqualTo(CERTS);
  }

  @Test
  void latencyPredictor() {
    JsonNode containers =
        preset("config-llm-scheduler-latency-predictor")
            .at("/spec/router/scheduler/template/containers");
    assertThat(containers.get(0).get("name").asText()).isEqualTo("main");
    assertThat(containers.get(0).has("image")).isFalse();
    assertThat(env(containers.get(0)))
        .containsExactly(
            "PREDICTION_SERVER_URL=http://localhost:8001",
            "TRAINING_SERVER_URL=http://localhost:8000",
            "LATENCY_MAX_SAMPLE_SIZE=10000",
            "LATENCY_MAX_CONCURRENT_DISPATCHES=36",
            "LATENCY_COALESCE_WINDOW_MS=1");
    assertThat(containers.get(1).get("image").asText())
        .isEqualTo("ghcr.io/llm-d/llm-d-latency-predictor-training-server:0.9.0");
    assertThat(containers.get(2).get("image").asText())
        .isEqualTo("ghcr.io/llm-d/llm-d-latency-predictor-prediction-server:0.9.0");
    assertThat(containers.get(2).at("/resources/limits/cpu").asText()).isEqualTo("28000m");
    assertThat(env(containers.get(2))).contains("UVICORN_WORKERS=28", "PREDICT_PORT=8001");
  }

  @Test
  void tokenizer() {
    JsonNode template =
        preset("config-llm-tokenizer").at("/spec/router/scheduler/tokenizer/template");
    assertThat(template.get("automountServiceAccountToken").asBoolean(true)).isFalse();
    JsonNode main = template.at("/containers/0");
    assertThat(main.get("image").asText())
        .isEqualTo(
            "docker.io/vllm/vllm-openai-cpu:v0.23.0@sha256:89e1fbe829038b1a560601990c8ec89625c622a969fcbc8f10ce48b6139795be");
    assertThat(script(main))
        .startsWith("exec vllm launch render /mnt/models/base")
        .contains("--port=8000");
    assertThat(main.get("args").isArray()).isTrue();
    assertThat(main.get("args").isEmpty()).isTrue();
    assertThat(ports(main)).containsExactly("render-http=8000");
    assertThat(main.at("/readinessProbe/httpGet/port").asText()).isEqualTo("render-http");
    assertThat(main.at("/readinessProbe/httpGet/scheme").asText()).isEqualTo(TLS_SCHEME);
    assertThat(main.at("/securityContext/runAsNonRoot").asBoolean(true)).isFalse();
  }

  @Test
  void tracing() {
    JsonNode tracing = preset("config-llm-tracing").at("/spec/tracing");
    assertThat(tracing.get("exporterEndpoint").asText()).isEqualTo("http://otel-collector:4317");
    assertThat(tracing.get("sampler").asText()).isEqualTo("parentbased_traceidratio");
    assertThat(tracing.get("samplerArg").asText()).isEqualTo("0.05");
    assertThat(tracing.get("samplerArg").isTextual()).isTrue();
    assertThat(tracing.get("exporter").asText()).isEqualTo("otlp");
  }

  @Test
  void routeHasKServesTwelveRulesInOrder() {
    JsonNode spec = preset("config-llm-router-route").at("/spec/router/route/http/spec");
    assertThat(spec.at("/parentRefs/0/name").asText())
        .isEqualTo("{{ .GlobalConfig.IngressGatewayName }}");
    assertThat(spec.at("/parentRefs/0/namespace").asText())
        .isEqualTo("{{ .GlobalConfig.IngressGatewayNamespace }}");
    assertThat(spec.at("/parentRefs/0/kind").asText()).isEqualTo("Gateway");
    assertThat(spec.at("/parentRefs/0/group").asText()).isEqualTo("gateway.networking.k8s.io");
    List<String> names = new ArrayList<>();
    spec.get("rules").forEach(r -> names.add(r.get("name").asText()));
    assertThat(names)
        .containsExactly(
            "v1-completions-path",
            "v1-chat-completions-path",
            "v1-responses-path",
            "v1-messages-path",
            "v1-model-routing",
            "v1-completions-publisher-path",
            "v1-chat-completions-publisher-path",
            "v1-responses-publisher-path",
            "v1-messages-publisher-path",
            "v1-publisher-path-catch-all",
            "v1-catch-all-path",
            "v1-catch-all-model-routing");
    // composition.md §11 says "13 rules" but lists 4 + 1 + 4 + 3 = 12; KServe's file has 12.
    for (JsonNode rule : spec.get("rules")) {
      assertThat(rule.at("/timeouts/backendRequest").asText()).isEqualTo("0s");
      assertThat(rule.at("/timeouts/request").asText()).isEqualTo("0s");
    }
    JsonNode first = spec.at("/rules/0");
    assertThat(first.at("/matches/0/path/value").asText())
        .isEqualTo("/{{ .ObjectMeta.Namespace }}/{{ .ObjectMeta.Name }}/v1/completions");
    assertThat(first.at("/filters/0/urlRewrite/path/replacePrefixMatch").asText())
        .isEqualTo("/v1/completions");
    assertThat(first.at("/backendRefs/0").toString())
        .isEqualTo(
            "{\"group\":\"inference.networking.k8s.io\",\"kind\":\"InferencePool\",\"name\":\""
                + POOL.replace("`", "`")
                + "\",\"port\":8000,\"weight\":1}");
    JsonNode modelRouting = spec.at("/rules/4");
    assertThat(modelRouting.get("matches").size()).isEqualTo(8);
    assertThat(modelRouting.has("filters")).isFalse();
    assertThat(modelRouting.at("/matches/1/path/value").asText()).isEqualTo("/v1/completions/");
    assertThat(modelRouting.at("/matches/1/headers/0/name").asText())
        .isEqualTo("{{ .GlobalConfig.ModelBasedRoutingHeaderName }}");
    assertThat(modelRouting.at("/matches/1/headers/0/value").asText())
        .isEqualTo("publishers/{{ .ObjectMeta.Namespace }}/models/{{ .Spec.Model.Name }}");
    JsonNode catchAll = spec.at("/rules/11");
    assertThat(catchAll.at("/matches/0/path").isMissingNode()).isTrue();
    assertThat(catchAll.at("/backendRefs/0/kind").asText()).isEqualTo("Service");
    assertThat(catchAll.at("/backendRefs/0/group").isMissingNode()).isTrue();
    assertThat(catchAll.at("/backendRefs/0/name").asText())
        .isEqualTo("{{ ChildName .ObjectMeta.Name `-kserve-workload-svc` }}");
    assertThat(spec.at("/rules/10/filters/0/urlRewrite/path/replacePrefixMatch").asText())
        .isEqualTo("/");
  }

  private static void assertSidecar(JsonNode sidecar) {
    assertThat(sidecar.get("name").asText()).isEqualTo("llm-d-routing-sidecar");
    assertThat(sidecar.get("image").asText()).isEqualTo(SIDECAR);
    assertThat(sidecar.get("restartPolicy").asText()).isEqualTo("Always");
    assertThat(sidecar.at("/ports/0/containerPort").asInt()).isEqualTo(8000);
    List<String> command = new ArrayList<>();
    sidecar.get("command").forEach(n -> command.add(n.asText()));
    assertThat(command)
        .containsExactly(
            "/app/pd-sidecar",
            "--port=8000",
            "--vllm-port=8001",
            "--kv-connector=nixlv2",
            "--enable-ssrf-protection=true",
            "--pool-group=inference.networking.x-k8s.io",
            "--inference-pool={{ .GlobalConfig.InferencePoolNamespacedName }}",
            "{{ if .GlobalConfig.EnableTLS }}--secure-proxy=true{{else}}--secure-proxy=false{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}--cert-path=/var/run/kserve/tls{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}--enable-tls=decoder{{- end }}",
            "{{ if .GlobalConfig.EnableTLS }}--enable-tls=prefiller{{- end }}");
    assertThat(sidecar.at("/env/0/name").asText()).isEqualTo("INFERENCE_POOL_NAMESPACE");
    assertThat(sidecar.at("/env/0/valueFrom/fieldRef/fieldPath").asText())
        .isEqualTo("metadata.namespace");
    assertThat(sidecar.at("/env/1/value").asText())
        .isEqualTo(
            "/var/run/kserve/tls:/var/run/secrets/kubernetes.io/serviceaccount:/etc/pki/tls/certs");
    assertThat(sidecar.at("/livenessProbe/timeoutSeconds").asInt()).isEqualTo(10);
    assertThat(sidecar.at("/readinessProbe/failureThreshold").asInt()).isEqualTo(10);
  }

  private static void assertVllmProbes(JsonNode c, int port) {
    for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
      assertThat(c.at("/" + probe + "/httpGet/path").asText()).isEqualTo("/health");
      assertThat(c.at("/" + probe + "/httpGet/port").asInt()).isEqualTo(port);
      assertThat(c.at("/" + probe + "/httpGet/scheme").asText()).isEqualTo(TLS_SCHEME);
    }
    assertThat(c.at("/livenessProbe/periodSeconds").asInt()).isEqualTo(10);
    assertThat(c.at("/livenessProbe/timeoutSeconds").asInt()).isEqualTo(1);
    assertThat(c.at("/livenessProbe/failureThreshold").asInt()).isEqualTo(10);
    assertThat(c.at("/readinessProbe/periodSeconds").asInt()).isEqualTo(1);
    assertThat(c.at("/readinessProbe/timeoutSeconds").asInt()).isEqualTo(1);
    assertThat(c.at("/readinessProbe/failureThreshold").asInt()).isEqualTo(2);
    assertThat(c.at("/startupProbe/failureThreshold").asInt()).isEqualTo(60);
    assertThat(c.at("/startupProbe/periodSeconds").asInt()).isEqualTo(10);
  }

  private static List<String> env(JsonNode c) {
    List<String> out = new ArrayList<>();
    c.path("env").forEach(e -> out.add(e.get("name").asText() + "=" + e.path("value").asText()));
    return out;
  }

  private static List<String> mounts(JsonNode c) {
    List<String> out = new ArrayList<>();
    c.path("volumeMounts")
        .forEach(m -> out.add(m.get("mountPath").asText() + "=" + m.get("name").asText()));
    return out;
  }

  private static List<String> ports(JsonNode c) {
    List<String> out = new ArrayList<>();
    c.path("ports")
        .forEach(p -> out.add(p.get("name").asText() + "=" + p.get("containerPort").asInt()));
    return out;
  }

  private static List<String> volumes(JsonNode pod) {
    List<String> out = new ArrayList<>();
    pod.path("volumes").forEach(v -> out.add(v.get("name").asText()));
    return out;
  }

  private static List<String> actions(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\{\\{.*?}}").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void aPresetAsATypedConfigIsTheTreeReadIntoTheModel() {
    PresetCatalog catalog = PresetCatalog.builtin("ops");
    dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig config =
        catalog.config("kserve-config-llm-template").orElseThrow();
    assertThat(config.metadata().get().getNamespace()).isEqualTo("ops");
    assertThat(dev.llmisvc.api.yaml.LlmisvcMapper.toTree(config))
        .isEqualTo(catalog.preset("kserve-config-llm-template").orElseThrow());
    assertThat(catalog.config("kserve-config-llm-nope")).isEmpty();
  }
}
