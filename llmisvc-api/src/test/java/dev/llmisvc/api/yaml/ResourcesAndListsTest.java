package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.Seeds;
import dev.llmisvc.api.resource.Resources;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceList;
import org.junit.jupiter.api.Test;

/** Resource dispatch by apiVersion/kind and the list kinds. */
class ResourcesAndListsTest {
  @Test
  void readResourcePicksTheClassFromApiVersionAndKind() {
    for (Seeds.Doc doc : Seeds.docs("/seeds/000-composition-example.yaml")) {
      assertThat(Resources.read(doc.text())).isInstanceOf(doc.modelClass());
    }
  }

  @Test
  void readResourceRejectsOtherKinds() {
    assertThatThrownBy(() -> Resources.read("apiVersion: v1\nkind: Pod\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("unknown apiVersion/kind \"v1/Pod\", expected one of [");
  }

  @Test
  void readsAServerListAndWritesItemsEvenWhenEmpty() {
    String list =
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceServiceList
        metadata:
          resourceVersion: "42"
          futureField: x
        items:
          - apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata: {name: a}
            spec: {replicas: 1}
        """;

    LLMInferenceServiceList parsed = LlmisvcMapper.read(list, LLMInferenceServiceList.class);

    assertThat(parsed.items())
        .extracting(LLMInferenceService::name)
        .containsExactly(java.util.Optional.of("a"));
    assertThat(LlmisvcMapper.read(LlmisvcMapper.writeYaml(parsed), LLMInferenceServiceList.class))
        .isEqualTo(parsed);
    assertThat(LlmisvcMapper.writeYaml(LLMInferenceServiceList.builder().build()))
        .isEqualTo(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceList\nitems: []\n");
  }

  @Test
  void kubectlListOfServicesReads() {
    String list =
        """
        apiVersion: v1
        kind: List
        metadata: {resourceVersion: ""}
        items: []
        """;

    assertThat(LlmisvcMapper.read(list, LLMInferenceServiceList.class).items()).isEmpty();
  }

  @Test
  void emptyServiceWritesTypeMetaMetadataAndSpec() {
    assertThat(LlmisvcMapper.writeYaml(LLMInferenceService.builder().build()))
        .isEqualTo(
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {}\n"
                + "spec: {}\n");
  }
}
