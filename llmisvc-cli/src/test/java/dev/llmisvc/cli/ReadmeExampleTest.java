package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.AppliedConfig;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import org.junit.jupiter.api.Test;

/** The Java snippet of README.md, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void theReadmeSnippetBuildsValidatesAndComposes() {
    LLMInferenceService svc =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen").withNamespace("llm"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct"))
                        .replicas(3)
                        .template(t -> t.addNewContainer().withName("main").endContainer())
                        .router(r -> r.route(x -> {}).gateway(x -> {}).scheduler(x -> {})))
            .build();

    ObjectNode tree = (ObjectNode) LlmisvcMapper.toTree(svc);
    ValidationResult checked = LlmisvcValidator.forService().validateCreate(tree);
    assertThat(checked.valid()).as(checked.messages().toString()).isTrue();

    Composition c = Composer.builder().build().compose(tree);
    assertThat(c.condition().succeeded()).as(c.condition().message()).isTrue();
    assertThat(c.spec().orElseThrow().path("replicas").asInt()).isEqualTo(3);
    assertThat(c.appliedConfigs())
        .extracting(AppliedConfig::name)
        .containsExactly(
            "kserve-config-llm-scheduler",
            "kserve-config-llm-router-route",
            "kserve-config-llm-template");
    assertThat(c.origin("template.containers[name=main].image"))
        .map(o -> o.describe())
        .hasValue("Preset:kserve/kserve-config-llm-template");
  }
}
