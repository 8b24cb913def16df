package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.validation.ConfigTemplateCheck;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.compose.preset.PresetCatalog;
import org.junit.jupiter.api.Test;

/** KServe's config webhook renders each config over its sample service and refuses failures. */
class SampleServiceTemplateCheckTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private final ConfigTemplateCheck check =
      SampleServiceTemplateCheck.of(ControllerSettings.defaults());

  private static ObjectNode config(String spec) throws Exception {
    return (ObjectNode)
        YAML.readTree(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: c, namespace: kserve}\nspec: "
                + spec
                + "\n");
  }

  @Test
  void everyBuiltInPresetRendersOverTheSample() {
    for (String id : PresetCatalog.available()) {
      PresetCatalog catalog = PresetCatalog.load(id, "kserve");
      for (String name : catalog.names()) {
        ObjectNode preset = catalog.preset(name).orElseThrow();
        assertThat(check.check(preset)).as(id + "/" + name).isEmpty();
      }
    }
  }

  @Test
  void aFieldTheServiceDoesNotHaveIsRefusedWithKServesMessage() throws Exception {
    assertThat(check.check(config("{model: {name: '{{ .Spec.Nope }}'}}")))
        .singleElement()
        .asString()
        .startsWith("failed to merge config: template: config:")
        .contains("can't evaluate field Nope");
  }

  @Test
  void aTemplateThatDoesNotParseIsRefused() throws Exception {
    assertThat(check.check(config("{model: {name: '{{ .Spec.Model.Name '}}")))
        .singleElement()
        .asString()
        .startsWith("failed to parse template config: template: config:");
  }

  @Test
  void theSampleIsKServesAndReadsAsIt() throws Exception {
    ObjectNode ok =
        config(
            "{router: {scheduler: {template: {containers: [{name: main, args:"
                + " ['--pool={{ .ObjectMeta.Name }}-{{ .Spec.Model.Name }}']}]}}}}");
    assertThat(check.check(ok)).isEmpty();
    var sample = SampleServiceTemplateCheck.sampleService();
    assertThat(sample.metadata().get().getName()).isEqualTo("test-llm-preset");
    assertThat(LlmisvcValidator.validate(sample).errors()).isEmpty();
  }

  @Test
  void theValidatorRunsTheCheckOnlyWhenTheConfigHasNoFieldErrors() throws Exception {
    LlmisvcValidator configs = SampleServiceTemplateCheck.validator(ControllerSettings.defaults());
    ValidationResult bad =
        configs.validateCreate(config("{model: {uri: 'hf://m', name: '{{ .Nope }}'}}"));
    assertThat(bad.messages()).singleElement().asString().startsWith("failed to merge config:");
    ValidationResult forbidden =
        configs.validateCreate(
            config("{baseRefs: [{name: x}], model: {uri: 'hf://m', name: '{{ .Nope }}'}}"));
    assertThat(forbidden.messages()).singleElement().asString().startsWith("spec.baseRefs:");
  }
}
