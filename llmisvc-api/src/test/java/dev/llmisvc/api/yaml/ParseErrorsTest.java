package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors carry a path, a position and a one-line reason. */
class ParseErrorsTest {
  private static final String HEAD =
      "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n  name: x\n";

  private static ParseException parseError(String yaml) {
    try {
      LlmisvcMapper.read(yaml, LLMInferenceService.class);
    } catch (ParseException e) {
      return e;
    }
    throw new AssertionError("no error for\n" + yaml);
  }

  @Test
  void unknownSpecFieldNamesItsPathAndSuggestsTheKnownOne() {
    ParseException e = parseError(HEAD + "spec:\n  replica: 3\n");

    assertThat(e.getMessage())
        .isEqualTo("spec.replica: unknown field \"replica\" (did you mean \"replicas\"?)");
    assertThat(e.path()).isEqualTo("spec.replica");
    assertThat(e.line()).hasValue(6);
    assertThat(e.column()).hasValue(3);
  }

  @Test
  void unknownFieldInsideAnEmbeddedPodSpecNamesTheFullPath() {
    ParseException e =
        parseError(
            HEAD
                + "spec:\n  template:\n    containers:\n      - name: main\n        imagee: vllm\n");

    assertThat(e.getMessage())
        .isEqualTo(
            "spec.template.containers[0].imagee: unknown field \"imagee\" (did you mean \"image\"?)");
    assertThat(e.line()).hasValue(9);
    assertThat(e.column()).hasValue(9);
  }

  @Test
  void unknownFieldInsideAnEmbeddedHttpRouteSpecIsAnError() {
    ParseException e =
        parseError(
            HEAD
                + "spec:\n  router:\n    route:\n      http:\n        spec:\n"
                + "          rules:\n            - timeout: {request: 1s}\n");

    assertThat(e.path()).isEqualTo("spec.router.route.http.spec.rules[0].timeout");
  }

  @Test
  void unknownTopLevelFieldIsAnError() {
    assertThat(parseError(HEAD + "spec: {}\nspecs: {}\n").path()).isEqualTo("specs");
  }

  @Test
  void metadataAndStatusAcceptWhatAServerPrints() {
    LLMInferenceService svc =
        LlmisvcMapper.read(
            HEAD
                + "  managedFields: [{manager: kubectl}]\n  futureField: 1\n"
                + "spec: {}\nstatus:\n  futureField: 1\n  conditions:\n"
                + "    - {type: Ready, status: 'True', futureField: x}\n",
            LLMInferenceService.class);

    assertThat(svc.name()).hasValue("x");
    assertThat(svc.status().orElseThrow().conditions()).hasSize(1);
  }

  @Test
  void unknownEnumValueListsTheAllowedValues() {
    ParseException e =
        parseError(HEAD + "spec:\n  kvCacheOffloading:\n    cpu: 1Gi\n    evictionPolicy: fifo\n");

    assertThat(e.getMessage())
        .isEqualTo(
            "spec.kvCacheOffloading.evictionPolicy: unknown value \"fifo\", expected one of"
                + " [lru, arc]");
    assertThat(e.line()).hasValue(8);
  }

  @Test
  void missingRequiredFieldNamesIt() {
    ParseException e = parseError(HEAD + "spec:\n  model:\n    name: qwen\n");

    assertThat(e.getMessage()).isEqualTo("spec.model.uri: required field is missing");
    assertThat(e.line()).hasValue(6);
  }

  @Test
  void wrongTypeNamesThePath() {
    ParseException e = parseError(HEAD + "spec:\n  replicas: three\n");

    assertThat(e.path()).isEqualTo("spec.replicas");
    // the API server's words, as the CLI's schema check prints them for the same document
    assertThat(e.reason())
        .isEqualTo(
            "Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\"");
    assertThat(e.line()).hasValue(6);
  }

  @Test
  void wrongApiVersionIsRejected() {
    ParseException e = parseError(HEAD.replace("v1alpha2", "v1alpha1") + "spec: {}\n");

    assertThat(e.getMessage())
        .isEqualTo(
            "apiVersion: unknown value \"serving.kserve.io/v1alpha1\", expected one of"
                + " [serving.kserve.io/v1alpha2]");
    assertThat(e.line()).hasValue(1);
  }

  @Test
  void duplicateKeysAreRejected() {
    ParseException e = parseError(HEAD + "spec:\n  replicas: 1\n  replicas: 2\n");

    assertThat(e.getMessage()).contains("replicas");
    assertThat(e.line()).isPresent();
  }

  @Test
  void yamlSyntaxErrorHasAPosition() {
    ParseException e = parseError(HEAD + "spec:\n  replicas: [1\n");

    assertThat(e.line()).isPresent();
  }

  @Test
  void fileNameIsCarriedAndDescribed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("svc.yaml");
    Files.writeString(file, HEAD + "spec:\n  replica: 3\n");

    assertThatThrownBy(() -> LlmisvcMapper.read(file, LLMInferenceService.class))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.file()).hasValue(file.toString());
              assertThat(e.describe())
                  .isEqualTo(
                      file
                          + ":6:3: spec.replica: unknown field \"replica\" (did you mean"
                          + " \"replicas\"?)");
            });
  }

  @Test
  void errorsInLaterDocumentsPointIntoThatDocument() {
    String two = HEAD + "spec: {}\n---\n" + HEAD + "spec:\n  replica: 3\n";

    assertThatThrownBy(() -> LlmisvcMapper.readAll(two, LLMInferenceService.class))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.path()).isEqualTo("spec.replica");
              assertThat(e.line()).hasValue(12);
            });
  }

  @Test
  void readAllReadsEveryDocument() {
    String two = HEAD + "spec: {}\n---\n" + HEAD.replace("name: x", "name: y") + "spec: {}\n";

    assertThat(LlmisvcMapper.readAll(two, LLMInferenceService.class))
        .extracting(s -> s.name().orElseThrow())
        .containsExactly("x", "y");
  }

  @Test
  void treesAreCheckedLikeText() {
    ObjectNode spec = LlmisvcMapper.json().createObjectNode();
    spec.putObject("template").putArray("containers").addObject().put("imagee", "x");

    assertThatThrownBy(() -> LlmisvcMapper.fromTree(spec, LLMInferenceServiceSpec.class))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "template.containers[0].imagee: unknown field \"imagee\" (did you mean \"image\"?)");
  }

  @Test
  void unknownFieldsAreErrorsInListsOfEmbeddedAndOwnTypes() {
    assertThat(parseError(HEAD + "spec:\n  baseRefs:\n    - name: a\n    - nam: b\n").path())
        .isEqualTo("spec.baseRefs[1].nam");
    assertThat(
            parseError(
                    HEAD
                        + "spec:\n  scaling:\n    maxReplicas: 2\n    keda:\n      triggers:\n"
                        + "        - type: cpu\n          metadata: {}\n          metdata: {}\n")
                .path())
        .isEqualTo("spec.scaling.keda.triggers[0].metdata");
    assertThat(
            parseError(
                    HEAD + "spec:\n  router:\n    scheduler:\n      pool:\n        ref: {nme: p}\n")
                .path())
        .isEqualTo("spec.router.scheduler.pool.ref.nme");
    assertThat(parseError(HEAD + "spec:\n  prefill:\n    worker: {replicas: 1}\n").path())
        .isEqualTo("spec.prefill.worker.replicas");
  }

  @Test
  void schemalessSubtreesAcceptAnything() {
    LLMInferenceService svc =
        LlmisvcMapper.read(
            HEAD
                + "spec:\n  model:\n    uri: hf://m\n    lora:\n      adapters:\n"
                + "        - {uri: hf://a, anything: [1, {x: y}]}\n"
                + "  router:\n    scheduler:\n      config:\n        inline: {any: {thing: 1}}\n",
            LLMInferenceService.class);

    assertThat(
            svc.spec()
                .model()
                .orElseThrow()
                .lora()
                .orElseThrow()
                .adapters()
                .get(0)
                .tree()
                .get("anything")
                .get(1)
                .get("x")
                .asText())
        .isEqualTo("y");
  }
}
