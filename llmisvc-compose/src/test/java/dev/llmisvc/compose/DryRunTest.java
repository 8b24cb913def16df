package dev.llmisvc.compose;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The dry run reads the composed spec in place: it never changes it, inline YAML included. */
class DryRunTest {
  private static final ObjectNode METADATA =
      yaml("name: svc\nnamespace: llm\nlabels: {team: a}\nannotations: {note: x}\n");

  private static ObjectNode spec(String inline) {
    ObjectNode spec =
        yaml(
            "model: {uri: 'hf://m/x', name: m}\n"
                + "template: {containers: [{name: main, image: 'vllm:1', ports: [{containerPort: 8000}]}]}\n"
                + "router: {scheduler: {config: {}}}\n");
    ((ObjectNode) spec.at("/router/scheduler/config")).put("inline", inline);
    return spec;
  }

  @Test
  void inlineYamlOfAnObjectIsValidatedAsThatObjectAndTheSpecKeepsItsText() {
    ObjectNode spec = spec("apiVersion: v1\nplugins:\n- type: x\n");
    String specBefore = spec.toString();
    String metadataBefore = METADATA.toString();
    ValidationResult result = DryRun.check(METADATA, spec);
    assertThat(result.valid()).as(result.messages().toString()).isTrue();
    assertThat(spec.toString()).isEqualTo(specBefore);
    assertThat(METADATA.toString()).isEqualTo(metadataBefore);
    // the same text again (the parse is reused) gives the same verdict
    assertThat(DryRun.check(METADATA, spec(specBeforeInline(spec)))).isEqualTo(result);
  }

  @Test
  void inlineTextThatIsNotAnObjectStaysTextAndIsReported() {
    ObjectNode spec = spec("- just\n- a list\n");
    String before = spec.toString();
    ValidationResult result = DryRun.check(METADATA, spec);
    assertThat(result.messages())
        .containsExactly(
            "spec.router.scheduler.config.inline: Invalid value: \"string\":"
                + " spec.router.scheduler.config.inline in body must be of type object:"
                + " \"string\"",
            // the CRDs have CEL rules, which the API server skips after a type error, and says so
            "<nil>: Invalid value: \"null\": some validation rules were not checked because the"
                + " object was invalid; correct the existing errors to complete validation");
    assertThat(spec.toString()).isEqualTo(before);
  }

  @Test
  void aSpecWithoutInlineIsValidatedAsItIs() {
    ObjectNode spec =
        yaml("model: {uri: 'hf://m/x'}\nreplicas: -1\ntemplate: {containers: [{name: main}]}\n");
    String before = spec.toString();
    ValidationResult result = DryRun.check(METADATA, spec);
    assertThat(result.messages())
        .containsExactly(
            "spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or"
                + " equal to 0");
    assertThat(spec.toString()).isEqualTo(before);
  }

  @Test
  void theThrowawayObjectCarriesNoLabelsOrAnnotations() {
    // an annotation the webhook rejects on the service itself (a DRA count without its class)
    // is not part of KServe's dry run, which sends only generateName and namespace
    ObjectNode metadata =
        yaml(
            "name: svc\nnamespace: llm\nannotations:"
                + " {serving.kserve.io/exp-dra-device-count: '2'}\n");
    ObjectNode spec =
        yaml(
            "model: {uri: 'hf://m/x', name: m}\n"
                + "template: {containers: [{name: main, image: 'vllm:1'}]}\n");
    assertThat(DryRun.check(metadata, spec).valid()).isTrue();
  }

  private static String specBeforeInline(ObjectNode spec) {
    return spec.at("/router/scheduler/config/inline").asText();
  }
}
