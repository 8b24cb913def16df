package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** KServe's mutating-webhook defaults, docs §5.1. */
class DefaulterTest {
  private static final String HEAD =
      "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n";

  private static ObjectNode yaml(String text) {
    return ValidatorApiTest.yaml(text);
  }

  @Test
  void modelNameDefaultsToTheObjectNameWhenAbsent() {
    ObjectNode out =
        Defaulter.applyWebhookDefaults(
            yaml(HEAD + "metadata: {name: llm}\nspec: {model: {uri: m}}\n"));
    assertThat(out.at("/spec/model/name").asText()).isEqualTo("llm");
  }

  @Test
  void modelNameDefaultsAlsoWhenEmpty() {
    ObjectNode out =
        Defaulter.applyWebhookDefaults(
            yaml(HEAD + "metadata: {name: llm}\nspec: {model: {uri: m, name: ''}}\n"));
    assertThat(out.at("/spec/model/name").asText()).isEqualTo("llm");
  }

  @Test
  void explicitModelNameIsKept() {
    ObjectNode out =
        Defaulter.applyWebhookDefaults(
            yaml(HEAD + "metadata: {name: llm}\nspec: {model: {uri: m, name: served}}\n"));
    assertThat(out.at("/spec/model/name").asText()).isEqualTo("served");
  }

  @Test
  void labelsBecomeNonNullAndTheRoutingGroupLabelFollowsTheGroup() {
    ObjectNode grouped =
        Defaulter.applyWebhookDefaults(
            yaml(
                HEAD
                    + "metadata: {name: llm}\nspec: {router: {route: {group: blue, weight: 1}}}\n"));
    assertThat(grouped.at("/metadata/labels"))
        .isEqualTo(yaml("{serving.kserve.io/routing-group: blue}"));
    ObjectNode ungrouped =
        Defaulter.applyWebhookDefaults(
            yaml(
                HEAD
                    + "metadata: {name: llm, labels: {serving.kserve.io/routing-group: old, x: y}}\nspec: {}\n"));
    assertThat(ungrouped.at("/metadata/labels")).isEqualTo(yaml("{x: y}"));
    ObjectNode none = Defaulter.applyWebhookDefaults(yaml(HEAD + "metadata: {name: llm}\n"));
    assertThat(none.at("/metadata/labels").isObject()).isTrue();
  }

  @Test
  void podSpecsWithoutContainersGetAnEmptyListExceptTheTokenizer() {
    ObjectNode out =
        Defaulter.applyWebhookDefaults(
            yaml(
                HEAD
                    + "metadata: {name: llm}\n"
                    + "spec: {template: {}, worker: {hostNetwork: true}, prefill: {template: {}, worker: {}},"
                    + " router: {scheduler: {template: {}, tokenizer: {template: {}}}}}\n"));
    assertThat(out.at("/spec/template")).isEqualTo(yaml("{containers: []}"));
    assertThat(out.at("/spec/worker")).isEqualTo(yaml("{hostNetwork: true, containers: []}"));
    assertThat(out.at("/spec/prefill/template")).isEqualTo(yaml("{containers: []}"));
    assertThat(out.at("/spec/prefill/worker")).isEqualTo(yaml("{containers: []}"));
    assertThat(out.at("/spec/router/scheduler/template")).isEqualTo(yaml("{containers: []}"));
    assertThat(out.at("/spec/router/scheduler/tokenizer/template")).isEqualTo(yaml("{}"));
  }

  @Test
  void existingContainersAreUntouchedAndAbsentPodSpecsAreNotCreated() {
    ObjectNode out =
        Defaulter.applyWebhookDefaults(
            yaml(HEAD + "metadata: {name: llm}\nspec: {template: {containers: [{name: main}]}}\n"));
    assertThat(out.at("/spec/template")).isEqualTo(yaml("{containers: [{name: main}]}"));
    assertThat(out.at("/spec").has("worker")).isFalse();
  }

  @Test
  void theInputIsNotModified() {
    ObjectNode in = yaml(HEAD + "metadata: {name: llm}\nspec: {template: {}}\n");
    ObjectNode copy = in.deepCopy();
    Defaulter.applyWebhookDefaults(in);
    assertThat(in).isEqualTo(copy);
  }
}
