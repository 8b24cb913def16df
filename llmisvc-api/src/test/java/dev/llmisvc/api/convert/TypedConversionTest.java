package dev.llmisvc.api.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** Conversion and validation on typed values. */
class TypedConversionTest {
  private static final dev.llmisvc.api.v1alpha1.LLMInferenceService V1 =
      dev.llmisvc.api.v1alpha1.LLMInferenceService.builder()
          .metadata(m -> m.withName("llama").withNamespace("team"))
          .spec(s -> s.model(m -> m.uri("hf://org/llama")).replicas(2))
          .build();

  @Test
  void aTypedServiceConvertsToTheHubAndBack() {
    dev.llmisvc.api.v1alpha2.LLMInferenceService hub = Conversion.toV1alpha2(V1);
    assertThat(hub.apiVersion()).isEqualTo("serving.kserve.io/v1alpha2");
    assertThat(hub.spec().replicas()).hasValue(2);
    assertThat(Conversion.toV1alpha1(hub)).isEqualTo(V1);
  }

  @Test
  void typedConfigsConvertToo() {
    dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig config =
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig.builder()
            .metadata(m -> m.withName("p").withNamespace("team"))
            .spec(s -> s.replicas(5))
            .build();
    assertThat(Conversion.toV1alpha1(Conversion.toV1alpha2(config))).isEqualTo(config);
  }

  @Test
  void typedValuesValidateByTheirKind() {
    assertThat(LlmisvcValidator.validate(V1).valid()).isTrue();
    ValidationResult bad =
        LlmisvcValidator.validate(
            V1.toBuilder().spec(V1.spec().toBuilder().replicas(-1).build()).build());
    assertThat(bad.valid()).isFalse();
    assertThat(bad.errors()).anySatisfy(v -> assertThat(v.render()).contains("spec.replicas"));
  }
}
