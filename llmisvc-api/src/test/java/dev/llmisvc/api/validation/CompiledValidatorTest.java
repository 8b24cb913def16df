package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.validation.CompiledSchema.FieldNode;
import dev.llmisvc.api.validation.CompiledSchema.StructNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The compiled validator: one schema per process shared by every validator, a walk that leaves its
 * input alone, defaults copied on write equal to the copying defaults, and the same answers from
 * several threads at once.
 */
class CompiledValidatorTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static ObjectNode yaml(String text) {
    return ValidatorApiTest.yaml(text);
  }

  private static ObjectNode everyField() throws IOException {
    try (InputStream in =
        CompiledValidatorTest.class.getResourceAsStream("/models/v1alpha2-every-field.yaml")) {
      return (ObjectNode) YAML.readTree(in);
    }
  }

  /** Resources that reach defaults, errors of every stage, and a valid one. */
  private static List<ObjectNode> corpus() throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    out.add(everyField());
    out.add(
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: ok, namespace: llm}\n"
                + "spec:\n  model: {uri: 'hf://m/x'}\n  replicas: 2\n"
                + "  template: {containers: [{name: main, image: 'vllm:1', ports: [{containerPort: 8000}],"
                + " env: [{name: A, valueFrom: {secretKeyRef: {key: k}}}]}]}\n"
                + "  router: {route: {}, gateway: {}, scheduler: {}}\n"));
    out.add(
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: bad}\n"
                + "spec:\n  model: {uri: 'hf://m', criticality: Extreme, lora: {adapters: [{name: a}, {name: a}]}}\n"
                + "  replica: 1\n  replicas: -1\n"
                + "  worker: {containers: 5}\n"
                + "  scaling: {minReplicas: 5, maxReplicas: 2}\n"
                + "  router: {route: {weight: 10}, scheduler: {replicas: 0, config: {}}}\n"));
    out.add(
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: w}\n"
                + "spec:\n  model: {uri: 'hf://m'}\n"
                + "  router: {route: {http: {spec: {parentRefs: [{name: g}]}}}, gateway: {refs: [{name: g}]}}\n"));
    out.add(
        yaml(
            "apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceService\n"
                + "metadata: {name: v1}\nspec: {model: {uri: 'hf://m', criticality: High}}\n"));
    return out;
  }

  @Test
  void theSchemaIsCompiledOnceAndSharedByEveryValidator() {
    assertThat(CompiledSchema.kserve()).isSameAs(CompiledSchema.kserve());
    assertThat(CrdSchema.of(false)).isSameAs(CrdSchema.SERVICE);
    assertThat(CrdSchema.of(true)).isSameAs(CrdSchema.CONFIG);
    // structs reached through different fields are one node
    StructNode spec = CompiledSchema.kserve().spec("v1alpha2");
    StructNode podSpec = CompiledSchema.kserve().struct("core.PodSpec");
    assertThat(spec.field("template").type.struct).isSameAs(podSpec);
    assertThat(spec.field("worker").type.struct).isSameAs(podSpec);
  }

  @Test
  void everyStructAndFieldOfTheTablesIsCompiledWithItsConstraints() {
    CompiledSchema compiled = CompiledSchema.kserve();
    for (GoStruct s : GoSchema.kserve().structs()) {
      StructNode node = compiled.struct(s.name());
      assertThat(node).as(s.name()).isNotNull();
      assertThat(node.fields())
          .extracting(f -> f.jsonName)
          .as(s.name())
          .containsExactlyElementsOf(s.jsonFields().stream().map(GoField::jsonName).toList());
      JsonNode ofStruct = CONSTRAINTS.path("fields").path(s.name());
      for (GoField f : s.jsonFields()) {
        FieldNode field = node.field(f.jsonName());
        JsonNode c = ofStruct.path(f.jsonName());
        assertThat(field.checks.required)
            .as(s.name() + "." + f.jsonName())
            .isEqualTo(texts(c.path("required")));
        assertThat(field.checks.enumValues).isEqualTo(texts(c.path("enum")));
        assertThat(field.checks.pattern == null ? null : field.checks.pattern.pattern())
            .isEqualTo(c.has("pattern") ? c.get("pattern").asText() : null);
        assertThat(field.defaultValue).isEqualTo(c.get("default"));
        assertThat(field.checks.rules).hasSize(c.path("x-kubernetes-validations").size());
        assertThat(field.checks.items.maxLength)
            .isEqualTo(
                c.at("/items/maxLength").isMissingNode()
                    ? null
                    : c.at("/items/maxLength").asLong());
      }
    }
  }

  @Test
  void everyCelRuleOfTheCrdsCompilesWithCelJava() throws Exception {
    CelRules.compileAll();
    java.util.List<CelRules.Rule> rules = CelRules.rules();
    assertThat(rules).hasSizeGreaterThan(60); // 69 distinct rules in KServe's service CRD
    for (CelRules.Rule r : rules) {
      assertThat(r.program()).as(r.text).isNotNull();
      assertThat(r.compiled()).isTrue();
    }
  }

  @Test
  void rememberedRuleVerdictsBelongToTheirValueAlone() throws Exception {
    java.util.function.Function<String, List<String>> errors =
        path -> {
          ObjectNode svc;
          try {
            svc =
                (ObjectNode)
                    new YAMLMapper()
                        .readTree(
                            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                                + "metadata: {name: a, namespace: b}\nspec: {model: {uri: 'hf://m'},"
                                + " router: {route: {http: {spec: {rules: [{matches: [{path:"
                                + " {type: PathPrefix, value: '"
                                + path
                                + "'}}]}]}}}}}\n");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return LlmisvcValidator.forService().validateCreate(svc).messages();
        };
    for (int round = 0; round < 3; round++) {
      assertThat(errors.apply("/ok")).isEmpty();
      assertThat(errors.apply("no-slash")).singleElement().asString().contains("absolute path");
      assertThat(errors.apply("/a//b"))
          .singleElement()
          .asString()
          .contains("must not contain '//'");
    }
  }

  @Test
  void knownConstraintsOfTheCrdsAreCompiled() {
    CompiledSchema c = CompiledSchema.kserve();
    FieldNode behavior = c.struct("keda.Fallback").field("behavior");
    assertThat(behavior.checks.enumValues)
        .containsExactly(
            "static", "currentReplicas", "currentReplicasIfHigher", "currentReplicasIfLower");
    assertThat(behavior.defaultValue).isEqualTo(TextNode.valueOf("static"));
    assertThat(c.spec("v1alpha2").field("replicas").checks.minimum.asInt()).isZero();
    assertThat(c.struct("v1alpha1.LLMModelSpec").field("criticality").checks.enumValues)
        .containsExactly("Critical", "Standard", "Sheddable");
    // the route's header names carry Gateway API's pattern, and route rules its CEL rules
    assertThat(c.struct("gatewayapi.HTTPHeaderMatch").field("name").checks.pattern).isNotNull();
    assertThat(c.struct("gatewayapi.HTTPRouteSpec").field("rules").checks.items.rules).hasSize(5);
  }

  @Test
  void theConstraintTableNamesOnlyStructsAndFieldsOfTheGoTables() {
    CONSTRAINTS
        .path("fields")
        .properties()
        .forEach(
            s -> {
              GoStruct struct = GoSchema.kserve().struct(s.getKey()).orElse(null);
              assertThat(struct).as(s.getKey()).isNotNull();
              s.getValue()
                  .fieldNames()
                  .forEachRemaining(
                      f -> assertThat(struct.field(f)).as(s.getKey() + "." + f).isPresent());
            });
  }

  private static final JsonNode CONSTRAINTS = readConstraints();

  private static JsonNode readConstraints() {
    try (java.io.InputStream in = GoSchema.class.getResourceAsStream("crd-constraints.json")) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.util.List<String> texts(JsonNode array) {
    java.util.List<String> out = new java.util.ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  @Test
  void defaultsAreJsonValuesOfTheFieldsType() {
    StructNode port = CompiledSchema.kserve().struct("core.ContainerPort");
    assertThat(port.field("protocol").defaultValue).isEqualTo(TextNode.valueOf("TCP"));
    for (GoStruct s : GoSchema.kserve().structs()) {
      for (FieldNode f : CompiledSchema.kserve().struct(s.name()).fields()) {
        if (f.defaultValue == null) {
          continue;
        }
        switch (f.type.kind) {
          case INTEGER -> assertThat(f.defaultValue.isIntegralNumber()).isTrue();
          case BOOL -> assertThat(f.defaultValue.isBoolean()).isTrue();
          case SLICE -> assertThat(f.defaultValue.isArray()).isTrue();
          case STRUCT, MAP -> assertThat(f.defaultValue.isObject()).isTrue();
          default ->
              assertThat(f.defaultValue.isTextual()).as(s.name() + "." + f.jsonName).isTrue();
        }
      }
    }
  }

  @Test
  void validationNeverChangesItsInput() throws IOException {
    for (ObjectNode resource : corpus()) {
      String before = resource.toString();
      ValidationResult first = LlmisvcValidator.forService().validateCreate(resource);
      assertThat(resource.toString()).isEqualTo(before);
      assertThat(LlmisvcValidator.forService().validateSchema(resource)).isNotNull();
      assertThat(resource.toString()).isEqualTo(before);
      // the same verdict as on a private copy of the input
      assertThat(LlmisvcValidator.forService().validateCreate(resource.deepCopy()))
          .isEqualTo(first);
    }
  }

  @Test
  void copyOnWriteDefaultsEqualTheCopyingDefaultsKeyForKey() throws IOException {
    List<ObjectNode> cases = new ArrayList<>(corpus());
    cases.add(yaml("kind: LLMInferenceService\n"));
    cases.add(yaml("kind: LLMInferenceService\nmetadata: null\nspec: null\n"));
    cases.add(yaml("kind: LLMInferenceService\nmetadata: x\nspec: 5\n"));
    cases.add(
        yaml("kind: LLMInferenceService\nmetadata: {name: n, labels: x}\nspec: {model: 1}\n"));
    cases.add(
        yaml(
            "kind: LLMInferenceService\nmetadata: {name: n, labels: {"
                + Defaulter.ROUTING_GROUP_LABEL
                + ": old, a: b}}\n"
                + "spec: {model: {name: ''}, router: {route: {group: g}, scheduler: {template: {}}},"
                + " prefill: {template: {containers: null}, worker: {}}}\n"));
    cases.add(
        yaml(
            "kind: LLMInferenceService\nmetadata: {name: n, labels: {"
                + Defaulter.ROUTING_GROUP_LABEL
                + ": g}}\nspec: {model: {name: m}, router: {route: {group: g}}}\n"));
    for (ObjectNode resource : cases) {
      String before = resource.toString();
      ObjectNode copied = Defaulter.applyWebhookDefaults(resource);
      CopyOnWrite tree = new CopyOnWrite(resource);
      Defaulter.applyWebhookDefaults(tree);
      assertThat(tree.root().toString()).as(before).isEqualTo(copied.toString());
      assertThat(resource.toString()).isEqualTo(before);
    }
  }

  @Test
  void crdDefaultsAreWrittenIntoCopiesOnly() {
    ObjectNode resource =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: d}\n"
                + "spec: {model: {uri: 'hf://m'}, template: {containers: [{name: a, ports:"
                + " [{containerPort: 1}]}]}, router: {gateway: {}}}\n");
    String before = resource.toString();
    CopyOnWrite tree = new CopyOnWrite(resource);
    CrdSchema.SERVICE.applyDefaults(tree, "v1alpha2");
    JsonNode port = tree.root().at("/spec/template/containers/0/ports/0");
    assertThat(port.path("protocol").asText()).isEqualTo("TCP");
    assertThat(resource.toString()).isEqualTo(before);
    // what no default touched is shared, not copied
    assertThat(tree.root().at("/spec/model")).isSameAs(resource.at("/spec/model"));
    assertThat(tree.root().at("/spec/router")).isSameAs(resource.at("/spec/router"));
  }

  @Test
  void concurrentValidationGivesTheSameResultsAsOneThread() throws Exception {
    List<ObjectNode> resources = corpus();
    List<ValidationResult> expected = new ArrayList<>();
    for (ObjectNode r : resources) {
      expected.add(LlmisvcValidator.forService().validateCreate(r));
    }
    LlmisvcValidator shared = LlmisvcValidator.forService();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<ValidationResult>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        boolean own = t % 2 == 0;
        Callable<List<ValidationResult>> task =
            () -> {
              start.await();
              List<ValidationResult> last = List.of();
              for (int i = 0; i < 200; i++) {
                LlmisvcValidator v = own ? LlmisvcValidator.forService() : shared;
                List<ValidationResult> round = new ArrayList<>();
                for (ObjectNode r : resources) {
                  round.add(v.validateCreate(r));
                }
                if (!round.equals(expected)) {
                  return round;
                }
                last = round;
              }
              return last;
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<ValidationResult>> f : futures) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(0).valid()).isFalse(); // every-field combines exclusive fields
    assertThat(expected.get(1).valid()).as(expected.get(1).messages().toString()).isTrue();
    assertThat(expected.get(2).errors()).hasSizeGreaterThan(3);
  }
}
