package dev.llmisvc.render.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI v3 schemas of the CRDs whose kinds the renderer writes, by {@code apiVersion} and
 * {@code kind}, read from the vendored CRD files (paths relative to the module directory, where
 * tests run). Checks an object against its version's schema; {@code metadata} only loosely, as the
 * CRDs declare it as a bare {@code type: object} and the API server checks it as ObjectMeta.
 */
final class CrdSchemas {
  /** The vendored CRDs: LWS and ScaledObject for the tests, InferencePool next to its models. */
  static final List<Path> FILES =
      List.of(
          Path.of("src/test/resources/crds/leaderworkerset.x-k8s.io_leaderworkersets.yaml"),
          Path.of("src/test/resources/crds/keda.sh_scaledobjects.yaml"),
          Path.of("src/main/crds/gie/gateway-inference-extension.yaml"),
          Path.of("src/main/crds/gie/gateway-inference-extension-v1alpha2pool.yaml"));

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, JsonNode> schemas;
  private final StructuralSchema checker = new StructuralSchema();

  private CrdSchemas(Map<String, JsonNode> schemas) {
    this.schemas = schemas;
  }

  /**
   * Reads every CRD document of {@code files}. A group, version and kind defined twice must have
   * the same schema both times (the v1alpha2 InferencePool is in both GIE files).
   */
  static CrdSchemas read(List<Path> files) {
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    for (Path file : files) {
      try (MappingIterator<JsonNode> docs =
          YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
        while (docs.hasNext()) {
          JsonNode crd = docs.next();
          if (crd == null || !crd.path("kind").asText().equals("CustomResourceDefinition")) {
            continue;
          }
          String group = crd.path("spec").path("group").asText();
          String kind = crd.path("spec").path("names").path("kind").asText();
          for (JsonNode version : crd.path("spec").path("versions")) {
            String key = group + "/" + version.path("name").asText() + " " + kind;
            JsonNode schema = version.path("schema").path("openAPIV3Schema");
            JsonNode before = schemas.putIfAbsent(key, schema);
            if (before != null && !before.equals(schema)) {
              throw new IllegalStateException(key + " has two different schemas; " + file);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file.toString(), e);
      }
    }
    return new CrdSchemas(schemas);
  }

  /** The schema of {@code apiVersion} and {@code kind}, when a vendored CRD declares it. */
  Optional<JsonNode> schema(String apiVersion, String kind) {
    return Optional.ofNullable(schemas.get(apiVersion + " " + kind));
  }

  /**
   * The violations of {@code object} (a whole resource, as JSON) against its CRD version's schema.
   *
   * @throws IllegalArgumentException when no vendored CRD declares its apiVersion and kind
   */
  List<FieldError> check(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    JsonNode schema =
        schema(apiVersion, kind)
            .orElseThrow(
                () -> new IllegalArgumentException("no CRD schema for " + apiVersion + " " + kind));
    ObjectNode withoutMetadata = object.deepCopy();
    JsonNode metadata = withoutMetadata.remove("metadata");
    List<FieldError> errors = new ArrayList<>();
    if (metadata == null) {
      errors.add(new FieldError("metadata", "required field missing"));
    } else {
      errors.addAll(LooseObjectMeta.check(metadata));
    }
    errors.addAll(checker.check(schema, withoutMetadata, ""));
    return errors;
  }
}
