package dev.llmisvc.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.FileConfigSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the composition cases under {@code src/test/resources/compose/<case>/}:
 *
 * <ul>
 *   <li>{@code service.yaml}: one LLMInferenceService (v1alpha1 or v1alpha2);
 *   <li>{@code configs.yaml} (optional): LLMInferenceServiceConfigs and ConfigMaps, read with
 *       {@link FileConfigSource}, default namespace the service's;
 *   <li>{@code options.yaml} (optional): {@code systemNamespace}, {@code configPrefix}, {@code
 *       versionedConfigs}, {@code builtinPresets} (default true) and {@code globalConfig} ({@code
 *       ingressGatewayName}, {@code ingressGatewayNamespace}, {@code enableTls}, {@code
 *       modelBasedRoutingHeaderName});
 *   <li>{@code expected.yaml}: the whole {@link Composition#toResource()} document, when there is
 *       one (success, or a stopped service);
 *   <li>{@code expected-error.yaml}: {@code reason}, exact {@code message} and, when any, {@code
 *       detail} and {@code missingConfigs}, when the condition is False.
 * </ul>
 *
 * <p>Trees are compared with keys sorted, so a failure shows a YAML diff. Run with {@code
 * -Dllmisvc.golden.update=true} (the one update flag of the whole build) to write the actual
 * outputs into the source tree; a case whose files changed then fails, so nothing is blessed
 * silently, and a written file is committed only after its diff has been read and each change
 * explained.
 */
class CompositionGoldenTest {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              // "9002" and 9002 must not print alike, or a type change would hide in the diff
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
  private static final boolean UPDATE = Boolean.getBoolean("llmisvc.golden.update");
  private static final Path SOURCE_DIR = Path.of("src/test/resources/compose");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/compose").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path c : entries.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private void run(Path dir) throws IOException {
    Composition<ObjectNode> composition = compose(dir);
    ObjectNode resource = composition.spec().isPresent() ? composition.toResource() : null;
    ObjectNode error = null;
    if (!composition.condition().succeeded()) {
      error = JsonNodeFactory.instance.objectNode();
      error.put("reason", composition.condition().reason());
      error.put("message", composition.condition().message());
      if (composition.condition().detail().isPresent()) {
        error.put("detail", composition.condition().detail().get());
      }
      if (!composition.missingConfigs().isEmpty()) {
        error.set("missingConfigs", YAML.valueToTree(composition.missingConfigs()));
      }
    }
    String name = dir.getFileName().toString();
    if (UPDATE) {
      boolean changed = write(SOURCE_DIR.resolve(name).resolve("expected.yaml"), resource);
      changed |= write(SOURCE_DIR.resolve(name).resolve("expected-error.yaml"), error);
      // nothing is blessed silently: a rewritten golden fails until its diff has been read
      assertThat(changed)
          .as(
              name
                  + ": golden files rewritten under "
                  + SOURCE_DIR.resolve(name)
                  + "; read the diff, explain it, then run again without"
                  + " -Dllmisvc.golden.update")
          .isFalse();
    }
    compare(dir.resolve("expected.yaml"), resource, name);
    compare(dir.resolve("expected-error.yaml"), error, name);
  }

  /** Composes the case's service with its configs and options. */
  static Composition<ObjectNode> compose(Path dir) throws IOException {
    ObjectNode service = service(dir);
    ObjectNode before = service.deepCopy();
    Composition<ObjectNode> composition = composer(dir, true).compose(service);
    assertThat(service).as("the input service is not changed").isEqualTo(before);
    return composition;
  }

  /** The case's service. */
  static ObjectNode service(Path dir) throws IOException {
    return (ObjectNode) YAML.readTree(dir.resolve("service.yaml").toFile());
  }

  /** A composer with the case's configs and options; {@code cacheMerges} as given. */
  static Composer composer(Path dir, boolean cacheMerges) throws IOException {
    String namespace = service(dir).path("metadata").path("namespace").asText("default");
    JsonNode options =
        Files.exists(dir.resolve("options.yaml"))
            ? YAML.readTree(dir.resolve("options.yaml").toFile())
            : JsonNodeFactory.instance.objectNode();
    ConfigSource configs =
        Files.exists(dir.resolve("configs.yaml"))
            ? FileConfigSource.load(List.of(dir.resolve("configs.yaml")), namespace)
            : ConfigSource.empty();
    return Composer.builder()
        .configs(configs)
        .builtinPresets(options.path("builtinPresets").asBoolean(true))
        .settings(options(options))
        .cacheMerges(cacheMerges)
        .build();
  }

  private static ControllerSettings options(JsonNode o) {
    ControllerSettings.Builder b = ControllerSettings.builder();
    if (o.has("systemNamespace")) {
      b.systemNamespace(o.get("systemNamespace").asText());
    }
    if (o.has("configPrefix")) {
      b.configPrefix(o.get("configPrefix").asText());
    }
    if (o.has("versionedConfigs")) {
      b.versionedConfigs(o.get("versionedConfigs").asBoolean());
    }
    JsonNode g = o.path("globalConfig");
    ControllerSettings d = ControllerSettings.defaults();
    if (!g.isMissingNode()) {
      b.ingressGatewayName(g.path("ingressGatewayName").asText(d.ingressGatewayName()))
          .ingressGatewayNamespace(
              g.path("ingressGatewayNamespace").asText(d.ingressGatewayNamespace()))
          .enableTls(g.path("enableTls").asBoolean(d.enableTls()))
          .modelBasedRoutingHeaderName(
              g.path("modelBasedRoutingHeaderName").asText(d.modelBasedRoutingHeaderName()));
    }
    return b.build();
  }

  private static void compare(Path file, JsonNode actual, String name) throws IOException {
    if (actual == null) {
      assertThat(file)
          .as(name + ": nothing to compare, so no " + file.getFileName())
          .doesNotExist();
      return;
    }
    assertThat(file).as(name + ": " + file.getFileName()).exists();
    JsonNode expected = YAML.readTree(file.toFile());
    if (!expected.equals(actual)) {
      assertThat(yaml(actual)).as(name + ": " + file.getFileName()).isEqualTo(yaml(expected));
      throw new AssertionError(name + ": " + file.getFileName() + " differs only in value types");
    }
  }

  /** Writes (or deletes) one golden file; true when that changed the file. */
  private static boolean write(Path file, JsonNode actual) throws IOException {
    if (actual == null) {
      return Files.deleteIfExists(file);
    }
    String text = yaml(actual);
    if (Files.exists(file) && Files.readString(file).equals(text)) {
      return false;
    }
    Files.writeString(file, text);
    return true;
  }

  static String yaml(JsonNode node) {
    try {
      return YAML.writeValueAsString(sorted(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tree with every object's keys sorted, so the text of equal trees is equal. */
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
