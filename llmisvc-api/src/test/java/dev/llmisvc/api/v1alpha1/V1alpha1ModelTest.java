package dev.llmisvc.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.common.UnknownValueException;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import org.junit.jupiter.api.Test;

/** What only v1alpha1 has: criticality, typed LoRA adapters, the GIE v1alpha2 pool shape. */
class V1alpha1ModelTest {
  @Test
  void criticalityReadsAndWritesItsWireValues() {
    assertThat(Criticality.fromWire("Sheddable")).isEqualTo(Criticality.SHEDDABLE);
    assertThat(LlmisvcMapper.writeJson(Criticality.CRITICAL)).isEqualTo("\"Critical\"");
    assertThatThrownBy(() -> Criticality.fromWire("critical"))
        .isInstanceOf(UnknownValueException.class)
        .hasMessage("unknown value \"critical\", expected one of [Critical, Standard, Sheddable]");
  }

  @Test
  void typedAdaptersAreStoredAsTheirJson() {
    LLMModelSpec model =
        LLMModelSpec.builder()
            .uri("hf://base")
            .lora(
                l ->
                    l.addAdapter(
                            LLMModelSpec.builder()
                                .uri("hf://adapter")
                                .name("a")
                                .criticality(Criticality.CRITICAL)
                                .build())
                        .maxRank(8))
            .build();

    assertThat(LlmisvcMapper.writeYaml(model))
        .isEqualTo(
            """
            uri: hf://base
            lora:
              adapters:
                - uri: hf://adapter
                  name: a
                  criticality: Critical
              maxRank: 8
            """);
  }

  @Test
  void poolSpecIsTheGieV1alpha2Shape() {
    InferencePoolSpec pool =
        InferencePoolSpec.builder()
            .spec(
                s ->
                    s.putSelector("app", "workload")
                        .targetPortNumber(8000)
                        .extensionRef(
                            e ->
                                e.name("epp")
                                    .failureMode(dev.llmisvc.api.common.FailureMode.FAIL_CLOSE)))
            .build();

    assertThat(LlmisvcMapper.writeYaml(pool))
        .isEqualTo(
            """
            spec:
              selector:
                app: workload
              targetPortNumber: 8000
              extensionRef:
                name: epp
                failureMode: FailClose
            """);
  }
}
