package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.Violation;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.compose.merge.SpecLeaves;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The steps every example takes, written once: load a sample from the classpath, validate it as the
 * API server and KServe's webhook would, compose it against the built-in presets (plus any configs
 * the sample brings), and print the effective resource and where a few of its values came from.
 *
 * <pre>{@code
 * ObjectNode service = Walkthrough.load("samples/single-node-gpu.yaml");
 * Composition<ObjectNode> c = Walkthrough.compose(service, ConfigSource.empty());
 * Walkthrough.print(c, List.of("replicas", "template.containers[name=main].image"), System.out);
 * }</pre>
 */
public final class Walkthrough {
  private Walkthrough() {}

  /**
   * Reads one YAML document from the classpath of this module.
   *
   * @param resource a path such as {@code samples/prefill-decode/service.yaml}
   * @return the document as a tree
   * @throws IllegalArgumentException when there is no such resource
   */
  public static ObjectNode load(String resource) {
    try (InputStream in = Walkthrough.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource + " on the classpath");
      }
      return (ObjectNode)
          LlmisvcMapper.yaml().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads {@code LLMInferenceServiceConfig} samples into a config source, as a cluster would hold
   * them; a config without a namespace is placed in {@code kserve}.
   */
  public static ConfigSource configs(String... resources) {
    return source(java.util.Arrays.stream(resources).map(Walkthrough::load).toList());
  }

  private static ConfigSource source(List<ObjectNode> documents) {
    InMemoryConfigSource.Builder b = InMemoryConfigSource.builder("kserve");
    documents.forEach(d -> b.add(d, d.path("metadata").path("name").asText()));
    return b.build();
  }

  /**
   * Validates a service or config as a CREATE would be.
   *
   * @return every violation; empty when the resource would be admitted
   */
  public static List<Violation> validate(JsonNode resource) {
    String kind = resource.path("kind").asText("");
    LlmisvcValidator validator =
        LlmisvcValidator.forKind(kind)
            .orElseThrow(() -> new IllegalArgumentException("not a KServe resource: " + kind));
    return validator.validateCreate(resource).errors();
  }

  /**
   * Composes a service with KServe's defaults: built-in presets in namespace {@code kserve}, then
   * the given configs, which win over the built-ins of the same name.
   */
  public static Composition<ObjectNode> compose(ObjectNode service, ConfigSource configs) {
    return Composer.builder().configs(configs).build().compose(service);
  }

  /**
   * Validates the service and configs, composes, and prints the effective resource followed by the
   * origin of each of {@code paths} (relative to {@code spec}).
   *
   * @return the process exit code: 0 when valid and composed, 1 otherwise
   */
  public static int run(
      ObjectNode service,
      List<ObjectNode> configDocuments,
      List<String> paths,
      PrintStream out,
      PrintStream err) {
    boolean valid = true;
    for (JsonNode doc : concat(service, configDocuments)) {
      for (Violation v : validate(doc)) {
        err.println(doc.path("metadata").path("name").asText() + ": " + v.render());
        valid = false;
      }
    }
    if (!valid) {
      return 1;
    }
    Composition<ObjectNode> c = compose(service, source(configDocuments));
    if (!c.condition().succeeded()) {
      err.println(c.condition().reason() + ": " + c.condition().message());
      return 1;
    }
    print(c, paths, out);
    return 0;
  }

  /** Prints the composed resource, the configs applied and the origins of {@code paths}. */
  public static void print(Composition<ObjectNode> c, List<String> paths, PrintStream out) {
    out.print(LlmisvcMapper.writeYaml(c.toResource()));
    out.println("---");
    out.println("# configs merged, lowest precedence first, then the service itself:");
    for (LayerId layer : c.layers()) {
      out.println("#   " + layer);
    }
    out.println("# where some values came from:");
    Map<String, JsonNode> leaves = c.spec().map(SpecLeaves::of).orElse(Map.of());
    for (String path : paths) {
      JsonNode leaf = leaves.get(path);
      String value =
          leaf == null ? "(absent)" : leaf.isValueNode() ? leaf.asText() : leaf.toString();
      value = value.replace("\n", "\\n");
      if (value.length() > 60) {
        value = value.substring(0, 57) + "...";
      }
      String origin = c.origin(path).map(FieldOrigin::describe).orElse("(not set)");
      out.println("#   " + path + " = " + value);
      out.println("#       from " + origin);
    }
  }

  private static List<JsonNode> concat(JsonNode first, List<ObjectNode> rest) {
    java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
