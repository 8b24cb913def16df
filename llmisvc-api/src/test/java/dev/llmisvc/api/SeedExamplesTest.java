package dev.llmisvc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every YAML example of the seed documents (src/test/resources/seeds) against the models. */
class SeedExamplesTest {
  static Stream<Seeds.Doc> validDocuments() {
    return Stream.of(
            "/seeds/000-composition-example.yaml",
            "/seeds/000-fragments.yaml",
            "/seeds/001-single-node-with-hardware-baseref.yaml",
            "/seeds/001-strategic-merge-example.yaml",
            "/seeds/001-applied-configs-status.yaml",
            "/seeds/003-quick-example.yaml",
            "/models/v1alpha2-every-field.yaml",
            "/models/v1alpha1-every-field.yaml")
        .flatMap(f -> Seeds.docs(f).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void parsesAndRoundTripsToAnEqualValue(Seeds.Doc doc) {
    Object value = doc.read();

    Object again = LlmisvcMapper.read(LlmisvcMapper.writeYaml(value), doc.modelClass());
    Object viaJson = LlmisvcMapper.read(LlmisvcMapper.writeJson(value), doc.modelClass());

    assertThat(again).isEqualTo(value);
    assertThat(viaJson).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void writesBackTheDocumentItRead(Seeds.Doc doc) {
    var expected = doc.tree();
    if (expected.path("status").has("someFutureStatusField")) {
      // unknown status fields are accepted but not kept
      ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("status"))
          .remove("someFutureStatusField");
      ((com.fasterxml.jackson.databind.node.ObjectNode)
              expected.get("status").get("conditions").get(1))
          .remove("someFutureConditionField");
    }

    Trees.assertSameDocument(LlmisvcMapper.toTree(doc.read()), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void treeConversionIsTheInverseOfToTree(Seeds.Doc doc) {
    Object value = doc.read();

    assertThat(LlmisvcMapper.fromTree(LlmisvcMapper.toTree(value), doc.modelClass()))
        .isEqualTo(value);
  }

  @org.junit.jupiter.api.Test
  void completeConfigurationExampleIsRejectedForCriticalityHigh() {
    Seeds.Doc doc = Seeds.docs("/seeds/000-complete-configuration-example.yaml").get(0);

    assertThatThrownBy(doc::read)
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "spec.model.criticality: unknown value \"High\", expected one of"
                          + " [Critical, Standard, Sheddable]");
              assertThat(e.path()).isEqualTo("spec.model.criticality");
              assertThat(e.line()).hasValue(lineOf(doc.text(), "    criticality: High"));
              assertThat(e.column()).hasValue(5);
            });
  }

  @org.junit.jupiter.api.Test
  void customSchedulerWithPoolIsRejectedInBothVersions() {
    String text = Seeds.docs("/seeds/000-invalid-custom-scheduler-with-pool.yaml").get(0).text();

    assertThatThrownBy(
            () -> LlmisvcMapper.read(text, dev.llmisvc.api.v1alpha1.LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("spec.router.scheduler.pool.spec.selector.matchLabels: ");
    String asV1alpha2 = text.replace("serving.kserve.io/v1alpha1", "serving.kserve.io/v1alpha2");
    assertThatThrownBy(
            () ->
                LlmisvcMapper.read(asV1alpha2, dev.llmisvc.api.v1alpha2.LLMInferenceService.class))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "spec.router.scheduler.pool.spec.targetPort: unknown field \"targetPort\""
                + " (did you mean \"targetPorts\"?)");
  }

  @org.junit.jupiter.api.Test
  void theoreticalBasisIsRejectedForWorkerReplicas() {
    Seeds.Doc doc = Seeds.docs("/seeds/004-invalid-theoretical-basis.yaml").get(0);

    assertThatThrownBy(doc::read)
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("spec.worker.replicas: unknown field \"replicas\"");
              assertThat(e.line()).hasValue(lineOf(doc.text(), "replicas: 4"));
            });
  }

  static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not found");
  }
}
