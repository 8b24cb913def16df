package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The composer's last step, KServe's dry-run create of the composed spec, against plain Jackson on
 * the same tree, single-threaded.
 *
 * <p>The setup composes {@code compose/service.yaml} with its baseRef {@code h100-profile} as
 * {@link ComposeBenchmark} does, and builds from the effective spec the resource the composer's dry
 * run submits: {@code apiVersion}, {@code kind}, {@code metadata} with a {@code generateName}, the
 * namespace, labels and annotations of the service, the effective spec with a YAML {@code
 * config.inline} read as JSON. {@link #validateCreate} is {@code validateCreate} of that resource
 * with one validator kept across calls, as the composer keeps one; {@link
 * #forServiceValidateCreate} builds the validator in every call, as {@code
 * LlmisvcValidator.forService().validateCreate(tree)} written in one line does. {@link
 * #jsonParseAndWrite} is Jackson {@code readTree} + {@code writeValueAsString} of the same resource
 * as compact JSON.
 *
 * <p>Run (µs/op): {@code java -jar llmisvc-benchmarks/target/benchmarks.jar ValidateBenchmark -bm
 * avgt -tu us}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class ValidateBenchmark {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final ObjectMapper json = new ObjectMapper();

  private LlmisvcValidator validator;
  private ObjectNode resource;
  private String resourceJson;

  @Setup
  public void setUp() throws IOException {
    ObjectNode service = ComposeBenchmark.resource("compose/service.yaml");
    ObjectNode baseRef = ComposeBenchmark.resource("compose/h100-profile.yaml");
    Composer composer =
        Composer.builder()
            .configs(
                InMemoryConfigSource.builder(ComposeBenchmark.NAMESPACE)
                    .add(baseRef, "benchmark")
                    .build())
            .build();
    Composition<ObjectNode> composition = composer.compose(service);
    ComposeBenchmark.check(composition);
    resource = dryRunResource(service.get("metadata"), composition.spec().orElseThrow());
    validator = LlmisvcValidator.forService();
    ValidationResult result = validator.validateCreate(resource);
    if (!result.valid()) {
      throw new IllegalStateException("the dry run rejects the benchmark service: " + result);
    }
    String before = resource.toString();
    if (!LlmisvcValidator.forService().validateCreate(resource).equals(result)
        || !resource.toString().equals(before)) {
      throw new IllegalStateException("validation is not repeatable or changed its input");
    }
    resourceJson = json.writeValueAsString(resource);
  }

  /**
   * The resource the composer's dry run validates (a copy of what its package-private code does).
   */
  static ObjectNode dryRunResource(JsonNode metadata, ObjectNode effectiveSpec) throws IOException {
    ObjectNode resource = effectiveSpec.objectNode();
    resource.put("apiVersion", ApiVersion.V1ALPHA2.apiVersion());
    resource.put("kind", "LLMInferenceService");
    ObjectNode meta = resource.putObject("metadata");
    meta.put("generateName", ChildName.of(metadata.path("name").asText(""), "-validation-"));
    meta.put("namespace", metadata.path("namespace").asText(""));
    for (String copied : new String[] {"labels", "annotations"}) {
      if (metadata.get(copied) instanceof ObjectNode o) {
        meta.set(copied, o.deepCopy());
      }
    }
    ObjectNode spec = effectiveSpec.deepCopy();
    resource.set("spec", spec);
    JsonNode config = spec.path("router").path("scheduler").path("config");
    if (config.path("inline").isTextual()) {
      JsonNode parsed = YAML.readTree(config.path("inline").asText());
      if (parsed != null && parsed.isObject()) {
        ((ObjectNode) config).set("inline", parsed);
      }
    }
    return resource;
  }

  @Benchmark
  public ValidationResult validateCreate() {
    return validator.validateCreate(resource);
  }

  @Benchmark
  public ValidationResult forServiceValidateCreate() {
    return LlmisvcValidator.forService().validateCreate(resource);
  }

  @Benchmark
  public int jsonParseAndWrite() throws IOException {
    JsonNode tree = json.readTree(resourceJson);
    return json.writeValueAsString(tree).length();
  }
}
