package dev.llmisvc.render.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.settings.ControllerSettings.InferencePoolVersion;
import dev.llmisvc.api.settings.ControllerSettings.ModelBasedRoutingMode;
import dev.llmisvc.api.settings.WvaConfig;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.EffectiveServices;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The golden cases of the render module, rendered whole by {@link Renderer#render(
 * LLMInferenceService, RenderSettings)}: the workload cases ({@code src/test/resources/workload/}),
 * with the settings {@code WorkloadCases} gives them, and the router cases ({@code router/}), with
 * the settings and facts of their {@code options.yaml} as {@code RouterGoldenTest} reads them.
 * Those two are package-private in other packages, so their case inputs are read again here; a
 * change to how they load a case must be made here too.
 *
 * <p>The cases of {@link #WITH_TLS} render with {@code generateTls} on, so the self-signed
 * certificate Secret is among the objects checked (the setting adds that Secret and changes nothing
 * else). Only those: the Secret's shape is the same in every case, and its fresh 4096-bit RSA key
 * takes about 1.5 s a case.
 */
final class GoldenCases {
  private static final Path WORKLOAD = Path.of("src/test/resources/workload");
  private static final Path ROUTER = Path.of("src/test/resources/router");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> WITH_TLS = Set.of("workload/single-node", "router/tls");
  private static final Map<Path, Case> RENDERED = new ConcurrentHashMap<>();

  private GoldenCases() {}

  /** A case's name ({@code workload/single-node}) and its rendering. */
  record Case(String name, Rendering rendering) {}

  /** Every case's directory: the workload cases, then the router cases, each sorted by name. */
  static List<Path> directories() {
    List<Path> dirs = new ArrayList<>();
    for (Path root : List.of(WORKLOAD, ROUTER)) {
      try (Stream<Path> entries = Files.list(root)) {
        entries.filter(Files::isDirectory).sorted().forEach(dirs::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dirs;
  }

  /** Renders the case in {@code dir}, once per test run: rendering with a fresh TLS key is slow. */
  static Case render(Path dir) {
    return RENDERED.computeIfAbsent(dir, GoldenCases::renderNow);
  }

  private static Case renderNow(Path dir) {
    String name = name(dir);
    try {
      return new Case(name, dir.startsWith(WORKLOAD) ? workload(dir) : router(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's name: {@code workload/single-node}, {@code router/tls}. */
  static String name(Path dir) {
    return dir.getParent().getFileName() + "/" + dir.getFileName();
  }

  private static Rendering workload(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    LLMInferenceService service =
        Files.exists(dir.resolve("service.yaml"))
            ? EffectiveServices.compose(Files.readString(dir.resolve("service.yaml")))
            : EffectiveServices.effective(Files.readString(dir.resolve("effective.yaml")));
    RenderSettings.Builder settings =
        RenderSettings.builder().generateTls(WITH_TLS.contains(name(dir)));
    switch (name) {
      case "storage-s3" -> settings.clusterFacts(new S3Facts());
      case "scaling-wva-keda" ->
          settings.controller(
              ControllerSettings.builder()
                  .wva(
                      WvaConfig.builder()
                          .prometheusUrl("https://prometheus.monitoring:9091")
                          .tlsInsecureSkipVerify(true)
                          .triggerAuthName("wva-prometheus")
                          .triggerAuthKind("ClusterTriggerAuthentication")
                          .build())
                  .build());
      default -> {}
    }
    return Renderer.render(service, settings.build());
  }

  private static Rendering router(Path dir) throws IOException {
    JsonNode options =
        Files.exists(dir.resolve("options.yaml"))
            ? YAML.readTree(dir.resolve("options.yaml").toFile())
            : JsonNodeFactory.instance.objectNode();
    ControllerSettings settings = routerSettings(options.path("settings"));
    LLMInferenceService service =
        EffectiveServices.compose(Files.readString(dir.resolve("service.yaml")), settings);
    return Renderer.render(
        service,
        RenderSettings.builder()
            .controller(settings)
            .clusterFacts(routerFacts(options.path("facts")))
            .generateTls(WITH_TLS.contains(name(dir)))
            .build());
  }

  private static ControllerSettings routerSettings(JsonNode s) {
    ControllerSettings.Builder b = ControllerSettings.builder();
    if (s.has("enableTls")) {
      b.enableTls(s.get("enableTls").asBoolean());
    }
    if (s.has("modelBasedRoutingMode")) {
      b.modelBasedRoutingMode(
          ModelBasedRoutingMode.valueOf(s.get("modelBasedRoutingMode").asText()));
    }
    if (s.has("modelBasedRoutingHeaderName")) {
      b.modelBasedRoutingHeaderName(s.get("modelBasedRoutingHeaderName").asText());
    }
    if (s.has("inferencePoolVersions")) {
      Set<InferencePoolVersion> versions = EnumSet.noneOf(InferencePoolVersion.class);
      s.get("inferencePoolVersions")
          .forEach(v -> versions.add(InferencePoolVersion.valueOf(v.asText())));
      b.inferencePoolVersions(versions);
    }
    return b.build();
  }

  private static ClusterFacts routerFacts(JsonNode f) {
    Map<String, Gateway> gateways = new LinkedHashMap<>();
    for (JsonNode g : f.path("gateways")) {
      Map<String, String> annotations = new LinkedHashMap<>();
      g.path("annotations")
          .properties()
          .forEach(e -> annotations.put(e.getKey(), e.getValue().asText()));
      gateways.put(
          g.path("namespace").asText() + "/" + g.path("name").asText(),
          new GatewayBuilder()
              .withNewMetadata()
              .withNamespace(g.path("namespace").asText())
              .withName(g.path("name").asText())
              .withAnnotations(annotations)
              .endMetadata()
              .build());
    }
    Optional<HTTPRoute> liveRoute =
        f.has("liveHttpRoute")
            ? Optional.of(
                FabricRoundTrip.FABRIC8.unmarshal(
                    f.get("liveHttpRoute").toString(), HTTPRoute.class))
            : Optional.empty();
    Optional<List<String>> liveArgs = Optional.empty();
    if (f.has("liveSchedulerArgs")) {
      List<String> args = new ArrayList<>();
      f.get("liveSchedulerArgs").forEach(a -> args.add(a.asText()));
      liveArgs = Optional.of(args);
    }
    Optional<List<String>> schedulerArgs = liveArgs;
    List<String> members = new ArrayList<>();
    f.path("routingGroupMembers").forEach(m -> members.add(m.asText()));
    return new ClusterFacts() {
      @Override
      public Optional<Gateway> gateway(String namespace, String name) {
        return Optional.ofNullable(gateways.get(namespace + "/" + name));
      }

      @Override
      public Optional<HTTPRoute> liveHttpRoute(String namespace, String name) {
        return liveRoute;
      }

      @Override
      public Optional<List<String>> liveSchedulerArgs(String namespace, String name) {
        return schedulerArgs;
      }

      @Override
      public List<String> routingGroupMembers(String namespace, String group, String except) {
        return members;
      }
    };
  }

  /** The storage-s3 case's namespace: its default ServiceAccount lists an S3 credential Secret. */
  private static final class S3Facts implements ClusterFacts {
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
