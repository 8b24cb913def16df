package dev.llmisvc.render.internal.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.settings.ControllerSettings.InferencePoolVersion;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.EffectiveServices;
import dev.llmisvc.render.context.ClusterFacts;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The router-side pitfalls of rendering.md §10, one named test each, plus the behaviours of §4.11–
 * §4.16 and §8 that the goldens show only in passing.
 */
class RouterPitfallsTest {
  private static final ControllerSettings DEFAULTS = ControllerSettings.defaults();

  static LLMInferenceService service(String name, String namespace, String spec) {
    return service(name, namespace, "", spec, DEFAULTS);
  }

  static LLMInferenceService service(
      String name, String namespace, String metadataExtra, String spec, ControllerSettings s) {
    String yaml =
        "apiVersion: serving.kserve.io/v1alpha2\n"
            + "kind: LLMInferenceService\n"
            + "metadata:\n"
            + "  name: "
            + name
            + "\n  namespace: "
            + namespace
            + "\n"
            + metadataExtra
            + "spec:\n"
            + "  model:\n"
            + "    uri: hf://facebook/opt-125m\n"
            + spec;
    return EffectiveServices.compose(yaml, s);
  }

  static RouterRendering render(LLMInferenceService svc) {
    return RouterObjects.render(svc, DEFAULTS, ClusterFacts.offline(), UnaryOperator.identity());
  }

  static <T extends HasMetadata> List<T> of(RouterRendering r, Class<T> type) {
    return r.objects().stream().filter(type::isInstance).map(type::cast).toList();
  }

  static final String MANAGED = "  router:\n    route: {}\n    gateway: {}\n    scheduler: {}\n";

  /** §10 #1: {@code gateway: {}} and gateway refs never produce a Gateway. */
  @Test
  void noGatewayIsEverRendered() {
    RouterRendering managed = render(service("a", "ns", MANAGED));
    RouterRendering referenced =
        render(
            service(
                "a",
                "ns",
                "  router:\n    route: {}\n    gateway:\n      refs:\n        - name: gw\n"));
    for (RouterRendering r : List.of(managed, referenced)) {
      assertThat(r.objects()).extracting(HasMetadata::getKind).doesNotContain("Gateway");
    }
    assertThat(referenced.required())
        .containsExactly(
            new Required(
                "gateway.networking.k8s.io/v1",
                "Gateway",
                "ns",
                "gw",
                "spec.router.gateway.refs[0]: the route attaches to it"));
  }

  /**
   * §10 #2: the first render points pool backends at {@code inference.networking.x-k8s.io}, even
   * when the v1alpha2 pool is not rendered; the v1 pool is always rendered.
   */
  @Test
  void firstRenderUsesV1alpha2BackendGroupWhetherOrNotThatPoolExists() {
    for (Set<InferencePoolVersion> versions :
        List.of(
            Set.of(InferencePoolVersion.V1),
            Set.of(InferencePoolVersion.V1, InferencePoolVersion.V1ALPHA2))) {
      ControllerSettings s = DEFAULTS.toBuilder().inferencePoolVersions(versions).build();
      RouterRendering r =
          RouterObjects.render(
              service("a", "ns", MANAGED), s, ClusterFacts.offline(), UnaryOperator.identity());
      List<String> poolApis =
          r.objects().stream()
              .filter(o -> o.getKind().equals("InferencePool"))
              .map(HasMetadata::getApiVersion)
              .toList();
      assertThat(poolApis)
          .containsExactlyElementsOf(
              versions.size() == 1
                  ? List.of("inference.networking.k8s.io/v1")
                  : List.of(
                      "inference.networking.k8s.io/v1", "inference.networking.x-k8s.io/v1alpha2"));
      HTTPRoute route = of(r, HTTPRoute.class).get(0);
      List<String> groups =
          route.getSpec().getRules().stream()
              .flatMap(rule -> rule.getBackendRefs().stream())
              .filter(b -> "InferencePool".equals(b.getKind()))
              .map(HTTPBackendRef::getGroup)
              .distinct()
              .toList();
      assertThat(groups).containsExactly("inference.networking.x-k8s.io");
      assertThat(route.getMetadata().getAnnotations()).isNullOrEmpty();
    }
  }

  /**
   * §10 #3 and §2.1: the ClusterRoleBinding's parent is the namespace, and a suffix of 31 bytes or
   * more hashes parent+suffix (the rendering.md example).
   */
  @Test
  void clusterRoleBindingNameIsChildNameOfTheNamespace() {
    RouterRendering r =
        render(
            service(
                "a-fairly-long-llmisvc-name", "a-fairly-long-namespace-name-for-tests", MANAGED));
    assertThat(of(r, ClusterRoleBinding.class).get(0).getMetadata().getName())
        .isEqualTo("a-fairly-long-namespace-name-fo262de7f68958c3950660d95d384aa782");
  }

  /** §10 #10: the ClusterRoleBinding is cluster-scoped and has no owner. */
  @Test
  void clusterRoleBindingHasNoNamespaceAndNoOwner() {
    ClusterRoleBinding crb =
        of(render(service("a", "ns", MANAGED)), ClusterRoleBinding.class).get(0);
    assertThat(crb.getMetadata().getNamespace()).isNull();
    assertThat(crb.getMetadata().getOwnerReferences()).isEmpty();
    assertThat(crb.getRoleRef().getName()).isEqualTo("system:auth-delegator");
  }

  /** §10 #5: the default pool selects {@code kserve.io/component: workload}, port 8000. */
  @Test
  void defaultPoolSelectsTheWorkloadComponent() {
    var pool =
        of(render(service("a", "ns", MANAGED)), dev.llmisvc.render.model.gie.v1.InferencePool.class)
            .get(0);
    assertThat(pool.getSpec().selector().matchLabels())
        .containsEntry("kserve.io/component", "workload")
        .containsEntry("app.kubernetes.io/name", "a")
        .hasSize(3);
    assertThat(pool.getSpec().targetPorts()).extracting(p -> p.number()).containsExactly(8000);
  }

  /** §10 #10: the scheduler config is an argument; no ConfigMap is rendered. */
  @Test
  void schedulerConfigIsAnArgumentNotAConfigMap() {
    RouterRendering r = render(service("a", "ns", MANAGED));
    assertThat(of(r, ConfigMap.class)).isEmpty();
    List<String> args = mainArgs(of(r, Deployment.class).get(0));
    assertThat(args).hasSize(2);
    assertThat(args.get(0)).isEqualTo("--config-text");
    assertThat(args.get(1)).contains("single-profile-handler");
  }

  /** §10 #10: the default config depends on P/D. */
  @Test
  void defaultConfigIsDisaggregatedWithPrefill() {
    RouterRendering r = render(service("a", "ns", "  prefill:\n    replicas: 1\n" + MANAGED));
    String config = mainArgs(of(r, Deployment.class).get(0)).get(1);
    assertThat(config).contains("disagg-profile-handler").contains("always-disagg-pd-decider");
    assertThat(config).doesNotContain("single-profile-handler");
  }

  /** §10 #10: leader election only above one replica; the strategy is always Recreate. */
  @Test
  void leaderElectionOnlyAboveOneReplicaAndStrategyRecreate() {
    for (int replicas : new int[] {1, 2}) {
      Deployment d =
          of(
                  render(
                      service(
                          "a",
                          "ns",
                          "  router:\n    route: {}\n    scheduler:\n      replicas: "
                              + replicas
                              + "\n")),
                  Deployment.class)
              .get(0);
      assertThat(d.getSpec().getStrategy().getType()).isEqualTo("Recreate");
      assertThat(d.getSpec().getReplicas()).isEqualTo(replicas);
      assertThat(mainArgs(d).contains("--ha-enable-leader-election")).isEqualTo(replicas > 1);
    }
  }

  /**
   * §10 #10: the config text is re-serialized only from version 0.7.0; below it the default text is
   * passed as written.
   */
  @Test
  void configIsReserializedOnlyFromVersion070() {
    RouterRendering old =
        render(
            service(
                "a",
                "ns",
                "  router:\n    route: {}\n    scheduler:\n      annotations:\n"
                    + "        app.kubernetes.io/version: 0.6.0\n"));
    assertThat(mainArgs(of(old, Deployment.class).get(0)).get(1))
        .startsWith("\napiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n");
    RouterRendering current = render(service("a", "ns", MANAGED));
    assertThat(mainArgs(of(current, Deployment.class).get(0)).get(1))
        .startsWith("apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n");
  }

  /**
   * §4.13: {@code scheduler.labels} land on the Deployment's labels, selector and pod labels (one
   * shared map in KServe), but not on the EPP Service's selector.
   */
  @Test
  void schedulerLabelsReachDeploymentSelectorButNotServiceSelector() {
    RouterRendering r =
        render(
            service(
                "a",
                "ns",
                "  router:\n    route: {}\n    scheduler:\n      labels:\n        team: search\n"));
    Deployment d = of(r, Deployment.class).get(0);
    assertThat(d.getMetadata().getLabels()).containsEntry("team", "search");
    assertThat(d.getSpec().getSelector().getMatchLabels()).containsEntry("team", "search");
    assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("team", "search");
    Service epp = of(r, Service.class).get(0);
    assertThat(epp.getSpec().getSelector()).doesNotContainKey("team").hasSize(3);
  }

  /** §4.14: {@code pool.spec.endpointPickerRef.name} names the EPP Service verbatim. */
  @Test
  void eppServiceTakesTheEndpointPickerRefName() {
    RouterRendering r =
        render(
            service(
                "a",
                "ns",
                "  router:\n    route: {}\n    scheduler:\n      pool:\n        spec:\n"
                    + "          endpointPickerRef:\n            name: my-epp\n"));
    assertThat(of(r, Service.class))
        .extracting(s -> s.getMetadata().getName())
        .containsExactly("my-epp");
  }

  /** The tokenizer's pod spec goes through the workload side's model-artifact step (§4.12). */
  @Test
  void tokenizerPodGetsTheModelArtifactStep() {
    UnaryOperator<PodSpec> mark =
        pod -> {
          pod.setHostname("model-artifacts-applied");
          return pod;
        };
    RouterRendering r =
        RouterObjects.render(
            service("a", "ns", "  router:\n    route: {}\n    scheduler:\n      tokenizer: {}\n"),
            DEFAULTS,
            ClusterFacts.offline(),
            mark);
    List<Deployment> deployments = of(r, Deployment.class);
    assertThat(deployments)
        .extracting(d -> d.getMetadata().getName())
        .containsExactly("a-tokenizer", "a-kserve-router-scheduler");
    assertThat(deployments.get(0).getSpec().getTemplate().getSpec().getHostname())
        .isEqualTo("model-artifacts-applied");
    assertThat(deployments.get(1).getSpec().getTemplate().getSpec().getHostname()).isNull();
  }

  /** §4.11: a scheduler account named in the template must exist; none is generated. */
  @Test
  void namedSchedulerServiceAccountMustExist() {
    LLMInferenceService svc =
        service(
            "a",
            "ns",
            "  router:\n    route: {}\n    scheduler:\n      template:\n"
                + "        serviceAccountName: epp-custom\n        containers:\n"
                + "          - name: main\n");
    RouterRendering offline = render(svc);
    assertThat(of(offline, ServiceAccount.class)).isEmpty();
    assertThat(offline.required())
        .extracting(Required::kind, Required::name)
        .contains(org.assertj.core.groups.Tuple.tuple("ServiceAccount", "epp-custom"));
    ClusterFacts missing =
        new ClusterFacts() {
          @Override
          public Optional<ServiceAccount> serviceAccount(String namespace, String name) {
            return Optional.empty();
          }
        };
    assertThatThrownBy(() -> RouterObjects.render(svc, DEFAULTS, missing, UnaryOperator.identity()))
        .isInstanceOfSatisfying(
            RouterRenderException.class,
            e -> {
              assertThat(e.service()).isEqualTo("ns/a");
              assertThat(e.fieldPath())
                  .isEqualTo("spec.router.scheduler.template.serviceAccountName");
              assertThat(e.reason()).contains("ns/epp-custom");
            });
  }

  /** §8: a stopped service has no router objects. */
  @Test
  void stoppedServiceRendersNothing() {
    LLMInferenceService svc =
        service(
            "a",
            "ns",
            "  annotations:\n    serving.kserve.io/stop: \"TRUE\"\n",
            "  router:\n    route: {}\n    gateway: {}\n    scheduler:\n      tokenizer: {}\n",
            DEFAULTS);
    assertThat(render(svc).objects()).isEmpty();
  }

  /** §8: without {@code router}, nothing; with a pool ref, no scheduler objects and no pools. */
  @Test
  void noRouterAndPoolRefOmitSchedulerObjects() {
    assertThat(render(service("a", "ns", "")).objects()).isEmpty();
    RouterRendering ref =
        render(
            service(
                "a",
                "ns",
                "  router:\n    route: {}\n    scheduler:\n      tokenizer: {}\n      pool:\n"
                    + "        ref:\n          name: shared\n"));
    assertThat(ref.objects()).extracting(HasMetadata::getKind).containsExactly("HTTPRoute");
  }

  /** §4.16: a routing group labels the route; peers' backends are not rendered, with a warning. */
  @Test
  void routingGroupLabelsTheRouteAndWarnsAboutPeers() {
    LLMInferenceService svc =
        service(
            "a",
            "ns",
            "  router:\n    route:\n      group: g1\n      weight: 50\n    scheduler: {}\n");
    ClusterFacts peers =
        new ClusterFacts() {
          @Override
          public List<String> routingGroupMembers(String namespace, String group, String except) {
            return List.of("b");
          }
        };
    RouterRendering r = RouterObjects.render(svc, DEFAULTS, peers, UnaryOperator.identity());
    HTTPRoute route = of(r, HTTPRoute.class).get(0);
    assertThat(route.getMetadata().getLabels())
        .containsEntry("serving.kserve.io/routing-group", "g1")
        .containsEntry("app.kubernetes.io/component", "llminferenceservice-router");
    assertThat(r.warnings()).anyMatch(w -> w.contains("routing group \"g1\""));
    assertThat(render(svc).warnings()).isEmpty();
  }

  /** The rendered objects carry nothing the API server owns (server-side apply ready). */
  @Test
  void objectsCarryNoServerOwnedFields() {
    RouterRendering r = render(service("a", "ns", MANAGED));
    for (HasMetadata o : r.objects()) {
      assertThat(o.getMetadata().getResourceVersion()).isNull();
      assertThat(o.getMetadata().getCreationTimestamp()).isNull();
      assertThat(o.getMetadata().getManagedFields()).isNullOrEmpty();
      assertThat(RenderedTrees.tree(o).has("status")).as(o.getKind()).isFalse();
    }
  }

  private static List<String> mainArgs(Deployment d) {
    return d.getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(c -> c.getName().equals("main"))
        .findFirst()
        .orElseThrow()
        .getArgs();
  }

  /**
   * §4.16 step 2: a live route whose Gateway rejected the v1alpha2 backend with {@code InvalidKind}
   * switches the pool backends to the v1 group and records the one-way annotation.
   */
  @Test
  void gatewayRejectingV1alpha2SwitchesBackendsToV1() {
    HTTPRoute live =
        RenderedTrees.FABRIC8.unmarshal(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: a-kserve-route, namespace: ns}
            spec:
              parentRefs: [{name: kserve-ingress-gateway, namespace: kserve}]
              rules:
              - backendRefs:
                - {group: inference.networking.x-k8s.io, kind: InferencePool, name: a-inference-pool}
            status:
              parents:
              - parentRef: {name: kserve-ingress-gateway, namespace: kserve}
                controllerName: gw.example/controller
                conditions:
                - {type: ResolvedRefs, status: "False", reason: InvalidKind, message: no,
                   lastTransitionTime: "2026-01-01T00:00:00Z"}
            """,
            HTTPRoute.class);
    ClusterFacts facts =
        new ClusterFacts() {
          @Override
          public Optional<HTTPRoute> liveHttpRoute(String namespace, String name) {
            return Optional.of(live);
          }
        };
    RouterRendering r =
        RouterObjects.render(
            service("a", "ns", MANAGED), DEFAULTS, facts, UnaryOperator.identity());
    HTTPRoute route = of(r, HTTPRoute.class).get(0);
    assertThat(route.getMetadata().getAnnotations())
        .containsExactlyEntriesOf(
            java.util.Map.of("serving.kserve.io/inference-pool-migrated", "v1"));
    assertThat(
            route.getSpec().getRules().stream()
                .flatMap(rule -> rule.getBackendRefs().stream())
                .filter(b -> "InferencePool".equals(b.getKind()))
                .map(HTTPBackendRef::getGroup)
                .distinct())
        .containsExactly("inference.networking.k8s.io");
  }

  /**
   * §4.13 legacy: a {@code tokenizer} sidecar in the scheduler template gets the UDS settings in
   * the precise prefix scorer's config; from 0.9.0 the sidecar goes when no such scorer remains.
   */
  @Test
  void legacyTokenizerSidecarGetsUdsConfigOrIsRemoved() {
    String precise =
        "  router:\n    route: {}\n    scheduler:\n"
            + "      annotations:\n        app.kubernetes.io/version: VERSION\n"
            + "      config:\n        inline:\n"
            + "          kind: EndpointPickerConfig\n"
            + "          plugins:\n"
            + "            - type: PLUGIN\n"
            + "      template:\n        containers:\n"
            + "          - name: main\n          - name: tokenizer\n            image: t\n";
    RouterRendering old =
        render(
            service(
                "a",
                "ns",
                precise
                    .replace("VERSION", "0.6.0")
                    .replace("PLUGIN", "precise-prefix-cache-scorer")));
    // The precise scorer also enables the tokenizer Deployment (§4.12), which comes first.
    assertThat(of(old, Deployment.class))
        .extracting(x -> x.getMetadata().getName())
        .containsExactly("a-tokenizer", "a-kserve-router-scheduler");
    Deployment d = of(old, Deployment.class).get(1);
    assertThat(d.getSpec().getTemplate().getSpec().getContainers())
        .extracting(c -> c.getName())
        .containsExactly("main", "tokenizer");
    assertThat(mainArgs(d).get(1))
        .isEqualTo(
            "kind: EndpointPickerConfig\n"
                + "plugins:\n"
                + "- parameters:\n"
                + "    indexerConfig:\n"
                + "      tokenizersPoolConfig:\n"
                + "        modelName: base\n"
                + "        uds:\n"
                + "          socketFile: /tmp/tokenizer/tokenizer-uds.socket\n"
                + "  type: precise-prefix-cache-scorer\n");
    assertThat(old.warnings()).anyMatch(w -> w.contains("legacy \"tokenizer\" sidecar"));

    RouterRendering current =
        render(
            service(
                "a", "ns", precise.replace("VERSION", "0.10.0").replace("PLUGIN", "queue-scorer")));
    assertThat(
            of(current, Deployment.class).get(0).getSpec().getTemplate().getSpec().getContainers())
        .extracting(c -> c.getName())
        .containsExactly("main");
    assertThat(current.warnings()).noneMatch(w -> w.contains("tokenizer"));
  }

  /** §4.12: with TLS the token-producer reaches the tokenizer over https, on the cluster domain. */
  @Test
  void tokenProducerUrlFollowsTlsAndClusterDomain() {
    ControllerSettings tls =
        DEFAULTS.toBuilder().enableTls(true).clusterDomain("corp.internal").build();
    LLMInferenceService svc =
        service(
            "a",
            "ns",
            "",
            "  router:\n    route: {}\n    scheduler:\n      config:\n        inline:\n"
                + "          kind: EndpointPickerConfig\n          plugins:\n"
                + "            - type: token-producer\n",
            tls);
    RouterRendering r =
        RouterObjects.render(svc, tls, ClusterFacts.offline(), UnaryOperator.identity());
    Deployment scheduler =
        of(r, Deployment.class).stream()
            .filter(d -> d.getMetadata().getName().equals("a-kserve-router-scheduler"))
            .findFirst()
            .orElseThrow();
    assertThat(mainArgs(scheduler).get(1))
        .contains("url: https://a-tokenizer.ns.svc.corp.internal:8000")
        .contains("modelName: /mnt/models/base");
    assertThat(of(r, Service.class))
        .extracting(x -> x.getMetadata().getName())
        .containsExactly("a-tokenizer", "a-epp-service");
  }

  /** §3.2: a referenced HTTPRoute without parent Gateways fails the router step, as in KServe. */
  @Test
  void referencedRouteWithoutParentsFails() {
    LLMInferenceService svc =
        service(
            "a", "ns", "  router:\n    route:\n      http:\n        refs:\n          - name: r\n");
    ClusterFacts facts =
        new ClusterFacts() {
          @Override
          public Optional<HTTPRoute> liveHttpRoute(String namespace, String name) {
            return Optional.of(
                new io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .withNamespace(namespace)
                    .endMetadata()
                    .withNewSpec()
                    .endSpec()
                    .build());
          }
        };
    assertThatThrownBy(() -> RouterObjects.render(svc, DEFAULTS, facts, UnaryOperator.identity()))
        .isInstanceOfSatisfying(
            RouterRenderException.class,
            e -> {
              assertThat(e.fieldPath()).isEqualTo("spec.router.route.http.refs[0]");
              assertThat(e.reason()).isEqualTo("HTTPRoute ns/r has no parent gateway references");
            });
  }

  /**
   * Rendering is a pure function: the same inputs give equal objects, and the input is unchanged.
   */
  @Test
  void renderingIsPure() {
    LLMInferenceService svc =
        service("a", "ns", "  router:\n    route: {}\n    scheduler:\n      tokenizer: {}\n");
    String before = dev.llmisvc.api.yaml.LlmisvcMapper.writeJson(svc);
    RouterRendering first = render(svc);
    RouterRendering second = render(svc);
    assertThat(RenderedTrees.document(second)).isEqualTo(RenderedTrees.document(first));
    assertThat(dev.llmisvc.api.yaml.LlmisvcMapper.writeJson(svc)).isEqualTo(before);
  }

  /** §4.13: an unparsable version annotation fails with the field and the value. */
  @Test
  void badSchedulerVersionFailsWithData() {
    LLMInferenceService svc =
        service(
            "a",
            "ns",
            "  router:\n    route: {}\n    scheduler:\n      annotations:\n"
                + "        app.kubernetes.io/version: v0.10\n");
    assertThatThrownBy(() -> render(svc))
        .isInstanceOfSatisfying(
            RouterRenderException.class,
            e -> {
              assertThat(e.fieldPath())
                  .isEqualTo("spec.router.scheduler.annotations[app.kubernetes.io/version]");
              assertThat(e.reason()).startsWith("failed to parse version \"v0.10\"");
            });
  }
}
