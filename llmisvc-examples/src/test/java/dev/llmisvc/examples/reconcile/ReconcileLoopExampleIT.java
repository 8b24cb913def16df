package dev.llmisvc.examples.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfigResource;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceResource;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.examples.reconcile.ApplyRecordingDispatcher.Apply;
import dev.llmisvc.examples.reconcile.Outcome.AppliedObject;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reconcile example against fabric8's mock API server: CRUD mode holds the services and the
 * config the pass reads; server-side apply, which CRUD mode does not serve, is recorded by {@link
 * ApplyRecordingDispatcher}. The recorded applies of namespace {@code llm} equal {@code
 * golden/reconcile/applied-llm.yaml} (request line, content type and body of each, in order), and
 * the reasons are asserted on their own: every request is an apply with the field manager and
 * force, every body carries the owner reference to its service's uid, the cluster's config set the
 * replicas, and a bad service is reported without stopping the pass.
 */
class ReconcileLoopExampleIT {
  private KubernetesMockServer server;
  private KubernetesClient client;
  private ApplyRecordingDispatcher dispatcher;

  /** The services of namespace {@code llm}, in the order they are created (and listed). */
  static List<LLMInferenceService> llmServices() {
    return List.of(
        // single node, no router; replicas and the GPU come from the cluster's gpu-profile config
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen-batch").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://Qwen/Qwen2.5-0.5B-Instruct"))
                        .addBaseRefs("gpu-profile"))
            .build(),
        // its own CPU image, a managed route and gateway, no scheduler
        LLMInferenceService.builder()
            .metadata(m -> m.withName("opt-route").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://facebook/opt-125m"))
                        .replicas(1)
                        .template(
                            t ->
                                t.addNewContainer()
                                    .withName("main")
                                    .withImage("vllm/vllm-openai-cpu:v0.11.0")
                                    .endContainer())
                        .router(r -> r.route(route -> {}).gateway(g -> {})))
            .build(),
        // names a config the cluster does not have: its composition fails
        LLMInferenceService.builder()
            .metadata(m -> m.withName("needs-missing").withNamespace("llm"))
            .spec(s -> s.model(m -> m.uri("hf://facebook/opt-125m")).addBaseRefs("missing-profile"))
            .build());
  }

  static LLMInferenceServiceConfig gpuProfile() {
    return LLMInferenceServiceConfig.builder()
        .metadata(m -> m.withName("gpu-profile").withNamespace("llm"))
        .spec(
            s ->
                s.replicas(2)
                    .template(
                        t ->
                            t.addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToLimits("nvidia.com/gpu", new Quantity("1"))
                                .endResources()
                                .endContainer()))
        .build();
  }

  static LLMInferenceService otherNamespace() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("tiny").withNamespace("team-b"))
        .spec(s -> s.model(m -> m.uri("hf://facebook/opt-125m")).replicas(1))
        .build();
  }

  private void start(Set<String> refused) {
    dispatcher = new ApplyRecordingDispatcher(refused);
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init();
    client = server.createClient();
    client
        .resources(LLMInferenceServiceConfigResource.class)
        .inNamespace("llm")
        .resource(LLMInferenceServiceConfigResource.from(gpuProfile()))
        .create();
    for (LLMInferenceService s : llmServices()) {
      create(s);
    }
  }

  private void create(LLMInferenceService s) {
    client
        .resources(LLMInferenceServiceResource.class)
        .inNamespace(s.namespace().orElseThrow())
        .resource(LLMInferenceServiceResource.from(s))
        .create();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.destroy();
    }
  }

  @Test
  void appliedObjectsMatchGolden() {
    start(Set.of());
    new ReconcileLoopExample(client).reconcileNamespace("llm");
    AppliedGolden.assertMatches("reconcile/applied-llm.yaml", recorded(uids()));
  }

  @Test
  void everyRequestIsAForcedApplyWithTheFieldManagerOfTheObjectInItsPath() {
    start(Set.of());
    List<Outcome> outcomes = new ReconcileLoopExample(client).reconcileNamespace("llm");
    List<AppliedObject> applied =
        outcomes.stream()
            .filter(o -> o instanceof Outcome.Applied)
            .flatMap(o -> ((Outcome.Applied) o).objects().stream())
            .toList();
    assertThat(dispatcher.applies()).hasSameSizeAs(applied).isNotEmpty();
    for (int i = 0; i < applied.size(); i++) {
      Apply a = dispatcher.applies().get(i);
      AppliedObject o = applied.get(i);
      URI uri = URI.create(a.path());
      assertThat(a.method()).isEqualTo("PATCH");
      assertThat(a.contentType()).startsWith("application/apply-patch+yaml");
      assertThat(query(uri))
          .containsEntry("fieldManager", "llmisvc-java")
          .containsEntry("force", "true");
      assertThat(uri.getPath())
          .contains("/namespaces/" + o.namespace() + "/")
          .endsWith("/" + o.name());
    }
  }

  @Test
  void bodiesAreOwnedByTheirServiceAndTheClustersConfigSetTheReplicas() {
    start(Set.of());
    new ReconcileLoopExample(client).reconcileNamespace("llm");
    Map<String, String> uids = uids();
    for (Apply a : dispatcher.applies()) {
      JsonNode body = LlmisvcMapper.readTree(a.body());
      JsonNode owner = body.at("/metadata/ownerReferences/0");
      assertThat(owner.path("kind").asText()).isEqualTo("LLMInferenceService");
      assertThat(owner.path("controller").asBoolean()).isTrue();
      assertThat(owner.path("uid").asText())
          .isEqualTo(uids.get(owner.path("name").asText()))
          .isNotEmpty();
      assertThat(URI.create(a.path()).getPath()).endsWith("/" + body.at("/metadata/name").asText());
    }
    JsonNode deployment = body("/apis/apps/v1/namespaces/llm/deployments/qwen-batch-kserve");
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
    assertThat(
            deployment
                .at("/spec/template/spec/containers/0/resources/limits/nvidia.com~1gpu")
                .asText())
        .isEqualTo("1");
  }

  @Test
  void theCertificateSecretIsAppliedOnceAndThenKept() {
    start(Set.of());
    ReconcileLoopExample pass = new ReconcileLoopExample(client);
    pass.reconcileNamespace("llm");
    JsonNode secret = body("/api/v1/namespaces/llm/secrets/qwen-batch-kserve-self-signed-certs");
    assertThat(secret.path("type").asText()).isEqualTo("kubernetes.io/tls");
    assertThat(secret.path("data").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("tls.crt", "tls.key", "ca.crt");
    assertThat(secret.at("/metadata/annotations").has(EXPIRATION)).isTrue();

    // the recording dispatcher stores nothing, so the Secret is put in place by hand
    client
        .secrets()
        .inNamespace("llm")
        .resource(
            new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata()
                .withName("qwen-batch-kserve-self-signed-certs")
                .withNamespace("llm")
                .endMetadata()
                .withType("kubernetes.io/tls")
                .build())
        .create();
    int before = dispatcher.applies().size();
    Outcome.Applied second = (Outcome.Applied) pass.reconcileNamespace("llm").get(0);
    assertThat(second.kept())
        .containsExactly(
            new AppliedObject("v1", "Secret", "llm", "qwen-batch-kserve-self-signed-certs"));
    assertThat(second.objects()).doesNotContainAnyElementsOf(second.kept()).isNotEmpty();
    assertThat(dispatcher.applies().subList(before, dispatcher.applies().size()))
        .noneMatch(a -> a.path().contains("/secrets/qwen-batch-"));
  }

  @Test
  void aServiceThatDoesNotComposeIsReportedAndThePassGoesOn() {
    start(Set.of());
    List<Outcome> outcomes = new ReconcileLoopExample(client).reconcileNamespace("llm");
    assertThat(outcomes)
        .extracting(o -> o.name() + " " + o.getClass().getSimpleName())
        .containsExactly("qwen-batch Applied", "opt-route Applied", "needs-missing Failed");
    Outcome.Failed failed = (Outcome.Failed) outcomes.get(2);
    assertThat(failed.stage()).isEqualTo(Outcome.Stage.COMPOSE);
    assertThat(failed.message()).contains("missing-profile");
    assertThat(failed.applied()).isEmpty();
    assertThat(dispatcher.applies()).noneMatch(a -> a.path().contains("needs-missing"));
  }

  @Test
  void aResourceThatDoesNotFitTheModelIsAReadError() {
    start(Set.of());
    GenericKubernetesResource typo =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("serving.kserve.io/v1alpha2")
            .withKind("LLMInferenceService")
            .withNewMetadata()
            .withName("typo")
            .withNamespace("llm")
            .endMetadata()
            .withAdditionalProperties(
                Map.of("spec", Map.of("replica", 2, "model", Map.of("uri", "hf://x/y"))))
            .build();
    client.genericKubernetesResources(SERVICES).inNamespace("llm").resource(typo).create();

    List<Outcome> outcomes = new ReconcileLoopExample(client).reconcileNamespace("llm");

    Outcome.Failed read =
        outcomes.stream()
            .filter(o -> o.name().equals("typo"))
            .map(Outcome.Failed.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(read.stage()).isEqualTo(Outcome.Stage.READ);
    assertThat(read.cause()).containsInstanceOf(ParseException.class);
    assertThat(((ParseException) read.cause().orElseThrow()).path()).isEqualTo("spec.replica");
    assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Applied).hasSize(2);
  }

  @Test
  void aRefusedApplyKeepsWhatWasAppliedAndThePassGoesOn() {
    start(Set.of("httproutes"));
    List<Outcome> outcomes = new ReconcileLoopExample(client).reconcileNamespace("llm");
    Outcome.Failed route = (Outcome.Failed) outcomes.get(1);
    assertThat(route.name()).isEqualTo("opt-route");
    assertThat(route.stage()).isEqualTo(Outcome.Stage.APPLY);
    assertThat(route.cause()).containsInstanceOf(KubernetesClientException.class);
    assertThat(((KubernetesClientException) route.cause().orElseThrow()).getCode()).isEqualTo(403);
    assertThat(route.applied()).isNotEmpty().noneMatch(o -> o.kind().equals("HTTPRoute"));
    assertThat(outcomes.get(0)).isInstanceOf(Outcome.Applied.class);
    assertThat(outcomes.get(2)).isInstanceOf(Outcome.Failed.class);
  }

  @Test
  void aServiceBeingDeletedIsSkipped() {
    start(Set.of());
    LLMInferenceService held =
        otherNamespace().toBuilder().metadata(m -> m.addToFinalizers("example.com/hold")).build();
    create(held);
    client
        .resources(LLMInferenceServiceResource.class)
        .inNamespace("team-b")
        .withName("tiny")
        .delete();
    assertThat(
            client
                .resources(LLMInferenceServiceResource.class)
                .inNamespace("team-b")
                .withName("tiny")
                .get()
                .getMetadata()
                .getDeletionTimestamp())
        .isNotNull();

    List<Outcome> outcomes = new ReconcileLoopExample(client).reconcileNamespace("team-b");

    assertThat(outcomes).containsExactly(new Outcome.Skipped("team-b", "tiny", "being deleted"));
    assertThat(dispatcher.applies()).isEmpty();
  }

  @Test
  void allNamespacesIncludesTheOtherNamespaceAndOneNamespaceDoesNot() {
    start(Set.of());
    create(otherNamespace());
    ReconcileLoopExample pass = new ReconcileLoopExample(client);
    assertThat(pass.reconcileNamespace("llm")).extracting(Outcome::namespace).containsOnly("llm");
    assertThat(pass.reconcileAllNamespaces())
        .extracting(o -> o.namespace() + "/" + o.name())
        .contains("team-b/tiny", "llm/qwen-batch");
  }

  @Test
  void crudModeDoesNotServeServerSideApply() {
    // why the applies are recorded by our own dispatcher: fabric8's CRUD mode refuses them
    KubernetesMockServer crud = new KubernetesMockServer(false);
    crud.init();
    try (KubernetesClient c = crud.createClient()) {
      ConfigMap map =
          new ConfigMapBuilder()
              .withNewMetadata()
              .withName("m")
              .withNamespace("llm")
              .endMetadata()
              .addToData("k", "v")
              .build();
      assertThatThrownBy(
              () -> c.resource(map).fieldManager("llmisvc-java").forceConflicts().serverSideApply())
          .isInstanceOfSatisfying(
              KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    } finally {
      crud.destroy();
    }
  }

  private static final ResourceDefinitionContext SERVICES =
      new ResourceDefinitionContext.Builder()
          .withGroup("serving.kserve.io")
          .withVersion("v1alpha2")
          .withKind("LLMInferenceService")
          .withPlural("llminferenceservices")
          .withNamespaced(true)
          .build();

  /** The uid the mock server gave each service of {@code llm}, by name. */
  private Map<String, String> uids() {
    Map<String, String> uids = new LinkedHashMap<>();
    client
        .resources(LLMInferenceServiceResource.class)
        .inNamespace("llm")
        .list()
        .getItems()
        .forEach(r -> uids.put(r.getMetadata().getName(), r.getMetadata().getUid()));
    return uids;
  }

  private JsonNode body(String path) {
    return dispatcher.applies().stream()
        .filter(a -> URI.create(a.path()).getPath().equals(path))
        .map(a -> LlmisvcMapper.readTree(a.body()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no apply of " + path));
  }

  private static final String EXPIRATION = "certificates.kserve.io/expiration";
  private static final JsonNode GENERATED = JsonNodeFactory.instance.textNode("<generated>");

  /**
   * The recorded applies as one tree: request line, content type and body of each. What differs on
   * every run is replaced: the uids the mock server makes up by {@code <uid of NAME>}, the key,
   * certificate and expiry of a self-signed certificate Secret by {@code <generated>}.
   */
  private ArrayNode recorded(Map<String, String> uids) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (Apply a : dispatcher.applies()) {
      ObjectNode body = (ObjectNode) LlmisvcMapper.readTree(a.body());
      if (body.path("kind").asText().equals("Secret")) {
        body.withObjectProperty("data").properties().forEach(e -> e.setValue(GENERATED));
        body.withObject("/metadata/annotations").replace(EXPIRATION, GENERATED);
      }
      for (JsonNode owner : body.at("/metadata/ownerReferences")) {
        String name = owner.path("name").asText();
        if (owner.path("uid").asText().equals(uids.get(name))) {
          ((ObjectNode) owner).put("uid", "<uid of " + name + ">");
        }
      }
      out.addObject()
          .put("request", a.method() + " " + a.path())
          .put("contentType", a.contentType())
          .set("body", body);
    }
    return out;
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }
}
