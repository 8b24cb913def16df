package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public entry points: staging, messages, the template hook, defaults. */
class ValidatorApiTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  static ObjectNode yaml(String text) {
    try {
      return (ObjectNode) YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void oneErrorIsFormattedWithoutBrackets() {
    Violation v = Violation.required("spec.router.route.weight", "group requires weight");
    assertThat(ApiServerMessage.format("LLMInferenceService", "my-llm", List.of(v)))
        .isEqualTo(
            "LLMInferenceService.serving.kserve.io \"my-llm\" is invalid:"
                + " spec.router.route.weight: Required value: group requires weight");
  }

  @Test
  void severalErrorsAreFormattedAsAList() {
    List<Violation> errors =
        List.of(
            Violation.invalid(
                "spec.router.scheduler.replicas",
                IntNode.valueOf(0),
                "scheduler replicas must be greater than zero"),
            Violation.forbidden("spec.baseRefs", "no"));
    assertThat(ApiServerMessage.format("LLMInferenceServiceConfig", "c", errors))
        .isEqualTo(
            "LLMInferenceServiceConfig.serving.kserve.io \"c\" is invalid: ["
                + "spec.router.scheduler.replicas: Invalid value: 0: scheduler replicas must be greater than zero, "
                + "spec.baseRefs: Forbidden: no]");
  }

  @Test
  void validateCreateFormatsLikeTheApiServerEndToEnd() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceService\nmetadata: {name: my-llm}\n"
                + "spec: {model: {uri: 'hf://m', criticality: High}}\n");
    ValidationResult r = LlmisvcValidator.forService().validateCreate(svc);
    assertThat(ApiServerMessage.format("LLMInferenceService", "my-llm", r.errors()))
        .isEqualTo(
            "LLMInferenceService.serving.kserve.io \"my-llm\" is invalid: [spec.model.criticality:"
                + " Unsupported value: \"High\": supported values: \"Critical\", \"Standard\","
                + " \"Sheddable\", <nil>: Invalid value: \"null\": "
                + CrdSchema.RULES_NOT_CHECKED
                + "]");
  }

  @Test
  void violationRendersLikeFieldErrorWithItsParts() {
    Violation v =
        Violation.invalid("spec.model.lora.adapters[1].name", TextNode.valueOf("a\"b"), "bad");
    assertThat(v.path()).isEqualTo("spec.model.lora.adapters[1].name");
    assertThat(v.type()).isEqualTo(Violation.Type.INVALID);
    assertThat(v.value()).hasValue("\"a\\\"b\"");
    assertThat(v.render())
        .isEqualTo("spec.model.lora.adapters[1].name: Invalid value: \"a\\\"b\": bad");
    assertThat(Violation.required("spec.x", "").render()).isEqualTo("spec.x: Required value");
    assertThat(Violation.unknownField("spec.replica").render())
        .isEqualTo("unknown field \"spec.replica\"");
    assertThat(Violation.error("plain").render()).isEqualTo("plain");
  }

  @Test
  void schemaErrorsStopBeforeTheWebhookAsOnTheApiServer() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {name: a}\n"
                + "spec: {replica: 1, worker: {}}\n");
    ValidationResult r = LlmisvcValidator.forService().validateCreate(svc);
    assertThat(r.messages()).containsExactly("unknown field \"spec.replica\"");
  }

  @Test
  void validateSchemaReturnsOnlyTheCrdStage() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {name: a}\n"
                + "spec: {worker: {}, replicas: -1}\n");
    assertThat(LlmisvcValidator.forService().validateSchema(svc))
        .extracting(Violation::render)
        .containsExactly(
            "spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or equal to 0");
  }

  @Test
  void theValidatorRefusesTheOtherKind() {
    ObjectNode cfg =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {name: a}\n");
    assertThatThrownBy(() -> LlmisvcValidator.forService().validateCreate(cfg))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LLMInferenceService");
  }

  @Test
  void theTemplateCheckRunsOnV1alpha2TreesOnlyWithoutFieldErrors() {
    List<ObjectNode> seen = new ArrayList<>();
    ConfigTemplateCheck check =
        config -> {
          seen.add(config);
          return List.of("template: x:1: map has no entry for key \"Nope\"");
        };
    ObjectNode good =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceServiceConfig\nmetadata: {name: c}\n"
                + "spec: {model: {uri: '{{ .Nope }}', criticality: Critical}}\n");
    ValidationResult r = LlmisvcValidator.forConfig(check).validateCreate(good);
    assertThat(r.messages()).containsExactly("template: x:1: map has no entry for key \"Nope\"");
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("apiVersion").asText()).isEqualTo("serving.kserve.io/v1alpha2");
    assertThat(
            seen.get(0)
                .at("/metadata/annotations")
                .get("internal.serving.kserve.io/model-criticality")
                .asText())
        .isEqualTo("Critical");

    ObjectNode bad =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {name: c}\n"
                + "spec: {baseRefs: [{name: x}]}\n");
    assertThat(LlmisvcValidator.forConfig(check).validateCreate(bad).messages())
        .containsExactly(
            "spec.baseRefs: Forbidden: baseRefs is not a permitted field in LLMInferenceServiceConfig, support for recursive refs has been disabled");
    assertThat(seen).hasSize(1);
  }

  @Test
  void unknownTopLevelFieldsAreRejected() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {name: a}\nspecs: {}\n");
    assertThat(LlmisvcValidator.forService().validateCreate(svc).messages())
        .containsExactly("unknown field \"specs\"");
  }

  /** The CRD requires {@code containers} only where KServe's Makefile did not strip it. */
  @Test
  void containersAreRequiredOnlyInTheTokenizerTemplate() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {name: a}\n"
                + "spec: {template: {}, worker: {}, parallelism: {pipeline: 2},"
                + " router: {scheduler: {template: {}, tokenizer: {template: {}}}}}\n");
    assertThat(LlmisvcValidator.forService().validateSchema(svc))
        .extracting(Violation::render)
        .containsExactly(
            "spec.router.scheduler.tokenizer.template.containers: Required value",
            "<nil>: Invalid value: \"null\": " + CrdSchema.RULES_NOT_CHECKED);
    ObjectNode cfg = svc.deepCopy();
    cfg.put("kind", "LLMInferenceServiceConfig");
    assertThat(LlmisvcValidator.forConfig().validateSchema(cfg))
        .extracting(Violation::render)
        .containsExactly(
            "spec.router.scheduler.tokenizer.template.containers: Required value",
            "<nil>: Invalid value: \"null\": " + CrdSchema.RULES_NOT_CHECKED);
  }

  @Test
  void theDefaultTemplateCheckAcceptsEverything() {
    assertThat(ConfigTemplateCheck.NONE.check(yaml("{}"))).isEmpty();
  }

  @Test
  void aCustomPrefixChangesWhichConfigsAreWellKnown() {
    WebhookEnvironment env = new WebhookEnvironment("ops", "acme-", true);
    assertThat(env.isWellKnown("acme-config-llm-router-route")).isTrue();
    assertThat(env.isWellKnown("kserve-config-llm-router-route")).isFalse();
    ObjectNode cfg =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: acme-config-llm-router-route, namespace: ops}\n");
    assertThat(LlmisvcValidator.forConfig().validateDelete(cfg, env).messages())
        .containsExactly("well-known config ops/acme-config-llm-router-route cannot be deleted");
    cfg.putObject("spec").put("replicas", 1);
    ObjectNode changed = cfg.deepCopy();
    changed.putObject("spec").put("replicas", 2);
    assertThat(
            LlmisvcValidator.forConfig()
                .withEnvironment(env)
                .validateUpdate(cfg, changed)
                .warnings())
        .containsExactly(
            "modifying well-known config ops/acme-config-llm-router-route is not recommended. Consider creating a custom config instead");
  }

  @Test
  void validationNeverModifiesItsInput() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {name: a}\n"
                + "spec: {scaling: {maxReplicas: 2, wva: {hpa: {}}}, template: {}}\n");
    ObjectNode copy = svc.deepCopy();
    LlmisvcValidator.forService().validateCreate(svc);
    assertThat(svc).isEqualTo(copy);
  }

  @Test
  void resultsCarryNoNulls() {
    Violation v = new Violation("p", Violation.Type.FORBIDDEN, null, "d");
    assertThat(v.value()).isEqualTo(Optional.empty());
    assertThat(ValidationResult.ok().valid()).isTrue();
  }

  @Test
  void forKindPicksTheValidatorOfEachKindAndNothingElse() {
    ObjectNode config =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: c}\nspec: {baseRefs: [{name: x}]}\n");
    // baseRefs are forbidden only by the config webhook
    assertThat(
            LlmisvcValidator.forKind("LLMInferenceServiceConfig")
                .orElseThrow()
                .validateCreate(config)
                .valid())
        .isFalse();
    assertThat(LlmisvcValidator.forKind("LLMInferenceService")).isPresent();
    assertThat(LlmisvcValidator.forKind("ConfigMap")).isEmpty();
  }

  @Test
  void aTreeNestedBeyondTheBoundIsAnErrorNotAStackOverflow() {
    ObjectNode svc =
        yaml(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: a}\nspec: {model: {uri: 'hf://m'}}\n");
    // a config is deep-copied before validation, and Jackson's deepCopy recurses per level
    com.fasterxml.jackson.databind.node.ObjectNode deep = svc.withObject("spec");
    for (int i = 0; i < 100_000; i++) {
      deep = deep.putObject("x");
    }
    ValidationResult r = LlmisvcValidator.forConfig().validateCreate(svc);
    assertThat(r.messages()).singleElement().asString().contains("nests deeper than 500 levels");
  }
}
