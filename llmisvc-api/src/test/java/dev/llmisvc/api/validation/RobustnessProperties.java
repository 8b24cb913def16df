package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.convert.ConversionException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user feeds the CLI, validation answers with violations and conversion with a tree or a
 * {@link ConversionException}: never another exception. Trees are built from the real field names
 * so the walkers go deep, with values of random JSON types.
 */
class RobustnessProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> KEYS =
      List.of(
          "model",
          "uri",
          "name",
          "lora",
          "adapters",
          "criticality",
          "confidential",
          "enabled",
          "resourceId",
          "replicas",
          "scaling",
          "minReplicas",
          "maxReplicas",
          "wva",
          "keda",
          "hpa",
          "behavior",
          "scaleUp",
          "policies",
          "triggers",
          "metadata",
          "type",
          "advanced",
          "scalingModifiers",
          "formula",
          "horizontalPodAutoscalerConfig",
          "idleReplicaCount",
          "variantCost",
          "parallelism",
          "data",
          "dataLocal",
          "pipeline",
          "tensor",
          "worker",
          "template",
          "containers",
          "prefill",
          "router",
          "route",
          "http",
          "refs",
          "spec",
          "parentRefs",
          "gateway",
          "ingress",
          "group",
          "weight",
          "scheduler",
          "pool",
          "selector",
          "matchLabels",
          "targetPorts",
          "targetPortNumber",
          "number",
          "endpointPickerRef",
          "extensionRef",
          "port",
          "portNumber",
          "kind",
          "failureMode",
          "config",
          "inline",
          "ref",
          "tokenizer",
          "kvCacheOffloading",
          "cpu",
          "secondary",
          "fileSystem",
          "emptyDir",
          "pvc",
          "size",
          "rolloutStrategy",
          "maxUnavailable",
          "maxSurge",
          "baseRefs",
          "tracing",
          "annotations",
          "labels",
          "status",
          "addresses",
          "url",
          "origin",
          "fallback",
          "replica");

  @Property(tries = 400)
  void validationAndConversionNeverThrowOnArbitraryTrees(@ForAll("resources") ObjectNode resource) {
    ObjectNode copy = resource.deepCopy();
    boolean config = resource.get("kind").asText().endsWith("Config");
    LlmisvcValidator validator =
        config ? LlmisvcValidator.forConfig() : LlmisvcValidator.forService();
    ValidationResult created = validator.validateCreate(resource);
    ValidationResult updated = validator.validateUpdate(resource, resource);
    assertThat(created.errors()).doesNotContainNull();
    assertThat(updated.errors()).doesNotContainNull();
    ApiServerMessage.format("LLMInferenceService", "x", created.errors());
    for (ApiVersion target : ApiVersion.values()) {
      try {
        Conversion.convert(resource, target);
      } catch (ConversionException expected) {
        assertThat(expected.path()).startsWith("spec.");
      }
    }
    Defaulter.applyWebhookDefaults(resource);
    assertThat(resource).isEqualTo(copy);
  }

  @Provide
  Arbitrary<ObjectNode> resources() {
    return Arbitraries.longs()
        .map(
            seed -> {
              Random r = new Random(seed);
              ObjectNode o = NODES.objectNode();
              o.put(
                  "apiVersion",
                  r.nextBoolean() ? "serving.kserve.io/v1alpha1" : "serving.kserve.io/v1alpha2");
              o.put("kind", r.nextBoolean() ? "LLMInferenceService" : "LLMInferenceServiceConfig");
              ObjectNode meta = o.putObject("metadata");
              meta.put("name", "x");
              if (r.nextBoolean()) {
                meta.set("annotations", value(r, 2));
              }
              o.set("spec", r.nextInt(10) == 0 ? value(r, 0) : object(r, 5));
              if (r.nextBoolean()) {
                o.set("status", object(r, 3));
              }
              return o;
            });
  }

  private static JsonNode value(Random r, int depth) {
    return switch (r.nextInt(depth > 0 ? 9 : 6)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(r.nextInt(20) - 5);
      case 2 ->
          NODES.textNode(
              List.of("", "0", "50%", "{}", "Critical", "a", "..", "oci://x").get(r.nextInt(8)));
      case 3 -> NODES.booleanNode(r.nextBoolean());
      case 4 -> NODES.numberNode(r.nextDouble());
      case 5 -> NODES.objectNode();
      case 6, 7 -> object(r, depth - 1);
      default -> {
        ArrayNode a = NODES.arrayNode();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(r.nextBoolean() ? object(r, depth - 1) : value(r, depth - 1));
        }
        yield a;
      }
    };
  }

  private static ObjectNode object(Random r, int depth) {
    ObjectNode o = NODES.objectNode();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      o.set(KEYS.get(r.nextInt(KEYS.size())), depth <= 0 ? value(r, 0) : value(r, depth));
    }
    return o;
  }
}
