package dev.llmisvc.render.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.render.EffectiveServices;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.WorkloadCases;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.internal.router.RouterCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The golden cases of the render module, rendered whole by {@link Renderer#render(
 * LLMInferenceService, RenderSettings)}: the workload cases ({@code src/test/resources/workload/}),
 * with the settings {@code WorkloadCases} gives them, and the router cases ({@code router/}), with
 * the settings and facts of their {@code options.yaml} as {@code RouterGoldenTest} reads them. Both
 * readings are the ones those tests use ({@code WorkloadCases}, {@code RouterCases}).
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

  private static Rendering workload(Path dir) {
    String name = dir.getFileName().toString();
    return Renderer.render(
        WorkloadCases.service(name),
        WorkloadCases.settings(name).toBuilder().generateTls(WITH_TLS.contains(name(dir))).build());
  }

  private static Rendering router(Path dir) throws IOException {
    JsonNode options =
        Files.exists(dir.resolve("options.yaml"))
            ? YAML.readTree(dir.resolve("options.yaml").toFile())
            : JsonNodeFactory.instance.objectNode();
    ControllerSettings settings = RouterCases.settings(options.path("settings"));
    LLMInferenceService service =
        EffectiveServices.compose(Files.readString(dir.resolve("service.yaml")), settings);
    return Renderer.render(
        service,
        RenderSettings.builder()
            .controller(settings)
            .clusterFacts(RouterCases.facts(options.path("facts")))
            .generateTls(WITH_TLS.contains(name(dir)))
            .build());
  }
}
