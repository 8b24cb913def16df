package dev.llmisvc.compose.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.validation.ConfigTemplateCheck;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The template check of KServe's config webhook: the config is rendered ({@code ReplaceVariables})
 * over KServe's fixed sample {@code LLMInferenceService}, and a template that fails to parse,
 * execute or decode refuses the config with KServe's message ({@code failed to merge config:
 * template: config:1:…}).
 *
 * <pre>{@code
 * LlmisvcValidator configs = SampleServiceTemplateCheck.validator(ControllerSettings.defaults());
 * configs.validateCreate(configTree).errors().forEach(System.err::println);
 * }</pre>
 *
 * <p>The sample (name {@code test-llm-preset}, namespace {@code test-llm-preset-test}, a
 * multi-node, prefill/decode service with custom route, gateway and pool refs) is KServe's, so a
 * template that reads a field it leaves empty renders as it does in KServe.
 */
public final class SampleServiceTemplateCheck implements ConfigTemplateCheck {
  private static final ObjectNode SAMPLE = readSample();

  private final ControllerSettings settings;

  private SampleServiceTemplateCheck(ControllerSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The check with the controller settings behind {@code .GlobalConfig}. */
  public static ConfigTemplateCheck of(ControllerSettings settings) {
    return new SampleServiceTemplateCheck(settings);
  }

  /** A config validator with this check plugged in: KServe's config admission, whole. */
  public static LlmisvcValidator validator(ControllerSettings settings) {
    return LlmisvcValidator.forConfig(of(settings));
  }

  /** KServe's sample service, the one every config is rendered over. */
  public static LLMInferenceService sampleService() {
    return LlmisvcMapper.fromTree(SAMPLE, LLMInferenceService.class);
  }

  @Override
  public List<String> check(ObjectNode v1alpha2Config) {
    try {
      ConfigTemplate.substitute(v1alpha2Config, SAMPLE, settings);
      return List.of();
    } catch (TemplateException e) {
      return List.of(e.kserveMessage());
    }
  }

  private static ObjectNode readSample() {
    try (InputStream in =
        SampleServiceTemplateCheck.class.getResourceAsStream("kserve-sample-service.yaml")) {
      if (in == null) {
        throw new IllegalStateException("kserve-sample-service.yaml is missing from the classpath");
      }
      return (ObjectNode) new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kserve-sample-service.yaml", e);
    }
  }
}
