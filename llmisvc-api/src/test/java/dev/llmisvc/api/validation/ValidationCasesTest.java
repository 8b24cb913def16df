package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmisvc.api.convert.ApiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the YAML corpora under {@code src/test/resources/validation/}: each case is one resource and
 * the exact errors and warnings KServe (or the API server) gives for it, rendered as {@code
 * field.Error.Error()} does. The expected strings are KServe's wording, copied from the docs.
 */
class ValidationCasesTest {
  private static final ObjectMapper YAML = new YAMLMapper();

  @TestFactory
  Stream<DynamicTest> schemaCases() throws IOException {
    return cases("schema.yaml");
  }

  @TestFactory
  Stream<DynamicTest> celCases() throws IOException {
    return cases("cel.yaml");
  }

  @TestFactory
  Stream<DynamicTest> webhookCases() throws IOException {
    return cases("webhook.yaml");
  }

  private Stream<DynamicTest> cases(String file) throws IOException {
    List<JsonNode> cases = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/validation/" + file)) {
      YAML.readValues(new YAMLFactory().createParser(in), JsonNode.class)
          .forEachRemaining(cases::add);
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
  }

  private static void run(JsonNode c) {
    boolean config = c.path("kind").asText("service").equals("config");
    ApiVersion version = version(c.path("version").asText("v1alpha2"));
    ObjectNode obj = resource(config, version, c.path("metadata"), c.path("spec"));
    String op = c.path("op").asText("create");
    String stage = c.path("stage").asText("all");
    ValidationResult result;
    LlmisvcValidator validator =
        config ? LlmisvcValidator.forConfig() : LlmisvcValidator.forService();
    Optional<JsonNode> old =
        c.has("old")
            ? Optional.of(
                resource(
                    config,
                    version(c.path("oldVersion").asText(version.versionName())),
                    c.path("metadata"),
                    c.path("old")))
            : Optional.empty();
    if (stage.equals("cel")) {
      // the CRD walk with its rules on the tree as given, without the CRD's defaults
      result =
          new ValidationResult(
              CrdSchema.of(config).validate(obj, version.versionName()), List.of());
    } else if (stage.equals("webhook")) {
      result = ServiceWebhook.validate(version, obj, old);
    } else if (op.equals("update")) {
      result = validator.validateUpdate(old.orElseThrow(), obj);
    } else if (op.equals("delete")) {
      result =
          validator.validateDelete(
              obj,
              new WebhookEnvironment(
                  "kserve", "kserve-", c.path("preventDeletion").asBoolean(true)));
    } else {
      result = validator.validateCreate(obj);
    }
    DUMP.ifPresent(d -> dump(d, c, result));
    assertThat(result.messages()).as("errors").containsExactlyElementsOf(strings(c.path("errors")));
    assertThat(result.warnings())
        .as("warnings")
        .containsExactlyElementsOf(strings(c.path("warnings")));
  }

  /** {@code -Dllmisvc.validation.dump=FILE}: appends every case's actual results, for review. */
  private static final Optional<String> DUMP =
      Optional.ofNullable(System.getProperty("llmisvc.validation.dump"));

  private static synchronized void dump(String file, JsonNode c, ValidationResult result) {
    ObjectNode line = YAML.createObjectNode();
    line.put("name", c.get("name").asText());
    result.messages().forEach(line.withArray("errors")::add);
    result.warnings().forEach(line.withArray("warnings")::add);
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of(file),
          new ObjectMapper().writeValueAsString(line) + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ApiVersion version(String name) {
    return name.equals("v1alpha1") ? ApiVersion.V1ALPHA1 : ApiVersion.V1ALPHA2;
  }

  static ObjectNode resource(boolean config, ApiVersion version, JsonNode metadata, JsonNode spec) {
    ObjectNode obj = YAML.createObjectNode();
    obj.put("apiVersion", version.apiVersion());
    obj.put("kind", config ? "LLMInferenceServiceConfig" : "LLMInferenceService");
    ObjectNode meta = obj.putObject("metadata");
    meta.put("name", "my-llm");
    meta.put("namespace", "default");
    if (metadata.isObject()) {
      meta.setAll((ObjectNode) metadata.deepCopy());
    } else if (!metadata.isMissingNode()) {
      obj.set("metadata", metadata.deepCopy()); // a case about metadata that is not an object
    }
    obj.set("spec", spec.isMissingNode() ? YAML.createObjectNode() : spec.deepCopy());
    return obj;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }
}
