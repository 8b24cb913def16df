package dev.llmisvc.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The composer's kept merges (one per combination of configs) change nothing: every golden case
 * composes byte for byte as a composer that keeps nothing composes it, the first time and when the
 * merge comes from the cache; a config that changed is merged afresh; the sources' documents, now
 * handed out without copies, are never changed.
 */
class MergeCacheTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Everything a composition says, in a text that shows key order and value types. */
  static String everything(Composition<ObjectNode> c) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(c.condition()).append('\n');
    out.append(c.succeeded() ? JSON.writeValueAsString(c.toResource()) : "-").append('\n');
    out.append(c.appliedConfigs()).append('\n');
    out.append(c.warnings()).append('\n');
    out.append(c.missingConfigs()).append('\n');
    out.append(c.diagnostics()).append('\n');
    out.append(c.origins()).append('\n');
    out.append(c.explain(FieldPath.root())).append('\n');
    return out.toString();
  }

  private static List<Path> cases() throws URISyntaxException, IOException {
    Path dir = Path.of(MergeCacheTest.class.getResource("/compose").toURI());
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> cachedMergesComposeAsAColdComposer() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : cases()) {
      tests.add(
          DynamicTest.dynamicTest(
              dir.getFileName().toString(),
              () -> {
                ObjectNode service = CompositionGoldenTest.service(dir);
                String cold =
                    everything(CompositionGoldenTest.composer(dir, false).compose(service));
                Composer warm = CompositionGoldenTest.composer(dir, true);
                for (int round = 1; round <= 3; round++) {
                  assertThat(everything(warm.compose(service.deepCopy())))
                      .as("round " + round)
                      .isEqualTo(cold);
                }
              }));
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  /** Services of every shape the built-in presets tell apart. */
  private static final List<String> SHAPES =
      List.of(
          "{model: {uri: 'hf://org/m'}}",
          "{model: {uri: 'hf://org/m'}, router: {route: {}, gateway: {}, scheduler: {}}}",
          "{model: {uri: 'hf://org/m'}, router: {route: {}, gateway: {}}}",
          "{model: {uri: 'hf://org/m'}, parallelism: {data: 4, dataLocal: 2, expert: true},"
              + " worker: {containers: []}, router: {route: {}, gateway: {}, scheduler: {}}}",
          "{model: {uri: 'hf://org/m'}, parallelism: {data: 2, dataLocal: 1},"
              + " worker: {containers: []}}",
          "{model: {uri: 'hf://org/m'}, prefill: {replicas: 2}, router: {route: {}, gateway:"
              + " {}, scheduler: {}}}",
          "{model: {uri: 'hf://org/m', name: m}, replicas: 3, template: {containers: [{name:"
              + " main, env: [{name: A, value: b}]}]}, router: {route: {}, gateway: {},"
              + " scheduler: {}}}");

  @Test
  void oneComposerServesManyServicesAsColdOnesDo() throws Exception {
    Composer shared = Composer.builder().build();
    ObjectNode catalogBefore = catalogSnapshot(shared);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < SHAPES.size(); i++) {
        ObjectNode service =
            (ObjectNode)
                YAML.readTree(
                    "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService,"
                        + " metadata: {name: llm-"
                        + i
                        + "-"
                        + round
                        + ", namespace: ns-"
                        + (i % 3)
                        + "}, spec: "
                        + SHAPES.get(i)
                        + "}");
        Composition<ObjectNode> coldComposition =
            Composer.builder().cacheMerges(false).build().compose(service);
        assertThat(coldComposition.condition().succeeded()).as(SHAPES.get(i)).isTrue();
        String cold = everything(coldComposition);
        assertThat(everything(shared.compose(service))).as(SHAPES.get(i)).isEqualTo(cold);
      }
    }
    assertThat(catalogSnapshot(shared)).as("presets never changed").isEqualTo(catalogBefore);
  }

  private static ObjectNode catalogSnapshot(Composer composer) {
    ObjectNode all = JSON.createObjectNode();
    for (String name :
        List.of(
            "kserve-config-llm-template",
            "kserve-config-llm-scheduler",
            "kserve-config-llm-router-route",
            "kserve-config-llm-worker-data-parallel",
            "kserve-config-llm-prefill-template",
            "kserve-config-llm-decode-template")) {
      composer
          .configs()
          .sharedConfig("kserve", name)
          .ifPresent(d -> all.set(name, d.object().deepCopy()));
    }
    assertThat(all.size()).isGreaterThan(3);
    return all;
  }

  @Test
  void aChangedConfigIsMergedAfresh() throws IOException {
    ObjectNode service =
        (ObjectNode)
            YAML.readTree(
                "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService, metadata:"
                    + " {name: llm, namespace: team}, spec: {model: {uri: 'hf://org/m'},"
                    + " baseRefs: [{name: profile}]}}");
    AtomicReference<ObjectNode> profile =
        new AtomicReference<>(profile("{replicas: 2, template: {containers: [{name: main}]}}"));
    // a source that answers a changed config with a new document, as the contract asks
    ConfigSource live =
        new ConfigSource() {
          @Override
          public Optional<ConfigDocument> config(String namespace, String name) {
            return namespace.equals("team") && name.equals("profile")
                ? Optional.of(new ConfigDocument("team", "profile", profile.get(), "live"))
                : Optional.empty();
          }

          @Override
          public Optional<ObjectNode> configMap(String namespace, String name) {
            return Optional.empty();
          }
        };
    Composer composer = Composer.builder().configs(live).build();
    assertThat(composer.compose(service).spec().orElseThrow().path("replicas").asInt())
        .isEqualTo(2);
    assertThat(composer.compose(service).spec().orElseThrow().path("replicas").asInt())
        .isEqualTo(2);
    profile.set(profile("{replicas: 7, template: {containers: [{name: main}]}}"));
    Composition<ObjectNode> after = composer.compose(service);
    assertThat(after.spec().orElseThrow().path("replicas").asInt()).isEqualTo(7);
    assertThat(everything(after))
        .isEqualTo(everything(Composer.builder().configs(live).build().compose(service)));
    // an equal document that is a new object still finds the kept merge, and changes nothing
    profile.set(profile("{replicas: 7, template: {containers: [{name: main}]}}"));
    assertThat(everything(composer.compose(service))).isEqualTo(everything(after));
  }

  private static ObjectNode profile(String spec) throws IOException {
    ObjectNode config = JSON.createObjectNode();
    config.put("apiVersion", "serving.kserve.io/v1alpha2");
    config.put("kind", "LLMInferenceServiceConfig");
    config.putObject("metadata").put("name", "profile").put("namespace", "team");
    config.set("spec", YAML.readTree(spec));
    return config;
  }

  @Test
  void originsComeWhenAskedAndMatchTheComposedSpec() throws IOException {
    ObjectNode service =
        (ObjectNode)
            YAML.readTree(
                "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService, metadata:"
                    + " {name: llm, namespace: team}, spec: {model: {uri: 'hf://org/m'},"
                    + " router: {route: {}, gateway: {}, scheduler: {}}}}");
    Composition<ObjectNode> c = Composer.builder().build().compose(service);
    JsonNode spec = c.spec().orElseThrow();
    // every leaf of the composed spec has its origin, worked out on demand
    assertThat(c.origins().keySet())
        .containsExactlyElementsOf(
            c.explain(FieldPath.root()).stream().map(e -> e.path()).toList());
    assertThat(
            c.origin("template.containers[name=main].image")
                .flatMap(FieldOrigin::layer)
                .map(LayerId::toString))
        .contains("Preset:kserve/kserve-config-llm-template");
    assertThat(c.origin("model.uri").flatMap(FieldOrigin::layer).map(LayerId::toString))
        .contains("LLMInferenceService:team/llm");
    assertThat(spec.path("template").path("containers").isArray()).isTrue();
  }

  @Test
  void originsFromASourceThatChangedMeanwhileAreATypedError() throws IOException {
    ObjectNode service =
        (ObjectNode)
            YAML.readTree(
                "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService, metadata:"
                    + " {name: llm, namespace: team}, spec: {model: {uri: 'hf://org/m'},"
                    + " router: {route: {}, gateway: {}, scheduler: {config: {ref: {name:"
                    + " my-epp}}}}}}");
    AtomicReference<String> epp = new AtomicReference<>("plugins: [{type: a}]");
    ConfigSource live =
        new ConfigSource() {
          @Override
          public Optional<ConfigDocument> config(String namespace, String name) {
            return Optional.empty();
          }

          @Override
          public Optional<ObjectNode> configMap(String namespace, String name) {
            if (!namespace.equals("team") || !name.equals("my-epp")) {
              return Optional.empty();
            }
            ObjectNode cm = JSON.createObjectNode();
            cm.putObject("metadata").put("name", name).put("namespace", namespace);
            cm.putObject("data").put("epp", epp.get());
            return Optional.of(cm);
          }
        };
    Composition<ObjectNode> c = Composer.builder().configs(live).build().compose(service);
    assertThat(c.succeeded()).isTrue();
    epp.set("plugins: [{type: b}]");
    assertThatThrownBy(c::origins)
        .isInstanceOf(ConfigSourceException.class)
        .hasMessageContaining("changed between composing llm");
  }
}
