package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * YAML anchors, aliases and merge keys read as Kubernetes' YAML reader (go-yaml v2) reads them, on
 * every reading path: the mapper's single and multi-document reads, its tree read, and the document
 * reader the command line uses. What go-yaml refuses, and the one case where it and the YAML
 * merge-key rule disagree, are errors with a position.
 */
class AliasesTest {
  private static final String HEAD =
      "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n";

  private static final String SCALAR_ALIAS =
      HEAD
          + "metadata:\n"
          + "  name: &n a\n"
          + "  namespace: n\n"
          + "  annotations: {copy: *n}\n"
          + "spec: {model: {uri: 'hf://o/m'}}\n";

  private static final String MAP_ALIAS =
      HEAD
          + "metadata: {name: a, namespace: n}\n"
          + "spec:\n"
          + "  model: {uri: 'hf://o/m'}\n"
          + "  template:\n"
          + "    containers:\n"
          + "      - name: main\n"
          + "        resources: &res {limits: {cpu: '1'}}\n"
          + "      - name: side\n"
          + "        resources: *res\n";

  @Test
  void aScalarAliasReadsAsItsAnchorsValueOnEveryPath() {
    LLMInferenceService svc = LlmisvcMapper.read(SCALAR_ALIAS, LLMInferenceService.class);
    assertThat(svc.metadata().get().getAnnotations()).containsEntry("copy", "a");
    assertThat(LlmisvcMapper.readAll(SCALAR_ALIAS, LLMInferenceService.class))
        .singleElement()
        .isEqualTo(svc);
    assertThat(LlmisvcMapper.readTree(SCALAR_ALIAS).at("/metadata/annotations/copy").asText())
        .isEqualTo("a");
    assertThat(DocumentReader.parse("svc.yaml", SCALAR_ALIAS))
        .singleElement()
        .satisfies(
            d -> assertThat(d.tree().at("/metadata/annotations/copy").asText()).isEqualTo("a"));
  }

  @Test
  void aMappingAliasIsACopyOfTheWholeMapping() {
    LLMInferenceService svc = LlmisvcMapper.read(MAP_ALIAS, LLMInferenceService.class);
    List<Container> containers = svc.spec().template().get().get().getContainers();
    assertThat(containers).hasSize(2);
    assertThat(containers.get(1).getResources()).isEqualTo(containers.get(0).getResources());
    assertThat(containers.get(1).getResources().getLimits().get("cpu").toString()).isEqualTo("1");
  }

  @Test
  void aliasesInListsAndAnchoredKeysAndScalarsOfEveryType() {
    JsonNode tree =
        LlmisvcMapper.readTree(
            "a: &one 1\n"
                + "b: &yes true\n"
                + "c: &none null\n"
                + "&k key: v\n"
                + "list: &l [*one, *yes, *none, *k]\n"
                + "again: *l\n");
    assertThat(tree.get("list").toString()).isEqualTo("[1,true,null,\"key\"]");
    assertThat(tree.get("again")).isEqualTo(tree.get("list"));
    assertThat(tree.get("list").get(0).isInt()).isTrue();
  }

  @Test
  void anAnchorDefinedAgainReplacesTheEarlierOneFromThereOn() {
    JsonNode tree = LlmisvcMapper.readTree("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
    assertThat(tree.toString()).isEqualTo("{\"a\":1,\"b\":1,\"c\":2,\"d\":2}");
  }

  @Test
  void mergeKeysMergeAMappingOrAListOfMappingsAndLaterKeysWin() {
    JsonNode tree =
        LlmisvcMapper.readTree(
            "base: &base {a: 1, b: 1}\n"
                + "other: &other {b: 2, c: 2}\n"
                + "one: {<<: *base, b: 3}\n"
                + "many: {<<: [*other, *base], d: 4}\n"
                + "inline: {<<: {x: 1}, y: 2}\n"
                + "anchoredInline: {<<: &in {z: 1}}\n"
                + "reuse: *in\n");
    assertThat(tree.get("one").toString()).isEqualTo("{\"a\":1,\"b\":3}");
    // in a list the earlier mapping wins: b comes from other
    assertThat(tree.get("many").toString()).isEqualTo("{\"b\":2,\"c\":2,\"a\":1,\"d\":4}");
    assertThat(tree.get("inline").toString()).isEqualTo("{\"x\":1,\"y\":2}");
    assertThat(tree.get("reuse").toString()).isEqualTo("{\"z\":1}");
  }

  @Test
  void anAnchorOnAMappingWithAMergeKeyHoldsTheMergedMapping() {
    JsonNode tree =
        LlmisvcMapper.readTree(
            "base: &base {a: 1}\nderived: &d\n  <<: *base\n  b: 2\ncopy: *d\nnested: {n: *d}\n");
    assertThat(tree.get("copy").toString()).isEqualTo("{\"a\":1,\"b\":2}");
    assertThat(tree.get("nested").toString()).isEqualTo("{\"n\":{\"a\":1,\"b\":2}}");
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    JsonNode tree = LlmisvcMapper.readTree("m: {'<<': {a: 1}, \"b\": 2}\n");
    assertThat(tree.get("m").toString()).isEqualTo("{\"<<\":{\"a\":1},\"b\":2}");
  }

  @Test
  void aKeyWrittenBeforeTheMergeKeyAndSetByItIsAnError() {
    assertThatThrownBy(() -> LlmisvcMapper.readTree("base: &b {a: 1}\nm:\n  a: 2\n  <<: *b\n"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.line()).hasValue(4))
        .hasMessageContaining("key \"a\" is written before the merge key <<");
    // written after: the written value wins, as everywhere
    assertThat(LlmisvcMapper.readTree("base: &b {a: 1}\nm:\n  <<: *b\n  a: 2\n").at("/m/a").asInt())
        .isEqualTo(2);
  }

  @Test
  void aMergeKeyTakesOnlyMappings() {
    for (String bad :
        List.of(
            "m: {<<: 5}\n", "s: &s x\nm: {<<: *s}\n", "m: {<<: [{a: 1}, 2]}\n", "m: {<<: }\n")) {
      assertThatThrownBy(() -> LlmisvcMapper.readTree(bad))
          .as(bad)
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("the merge key << takes a mapping or a list of mappings");
    }
  }

  @Test
  void anUnknownAliasAndAnAnchorContainingItselfAreErrorsWithTheirLine() {
    assertThatThrownBy(() -> DocumentReader.parse("svc.yaml", HEAD + "metadata: {name: *nope}\n"))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith("svc.yaml:3:")
                    .contains("alias *nope names no anchor"));
    assertThatThrownBy(() -> LlmisvcMapper.readTree("a: &x {b: *x}\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("the value of anchor &x contains its own alias *x");
  }

  @Test
  void anchorsBelongToTheirDocument() {
    assertThatThrownBy(
            () ->
                DocumentReader.parse(
                    "two.yaml", SCALAR_ALIAS + "---\n" + HEAD + "metadata: {name: *n}\n"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("two.yaml:11:")
        .hasMessageContaining("alias *n names no anchor");
    List<LLMInferenceService> both =
        LlmisvcMapper.readAll(SCALAR_ALIAS + "---\n" + MAP_ALIAS, LLMInferenceService.class);
    assertThat(both).hasSize(2);
  }

  @Test
  @Timeout(10)
  void aBillionLaughsIsRefusedAsKubernetesRefusesIt() {
    StringBuilder laughs =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }
    assertThatThrownBy(() -> LlmisvcMapper.readTree(laughs.toString()))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("aliases expand to too much");
    // three levels (about 1,000 values, 97% of them from aliases) are fine, as for go-yaml
    String small = laughs.substring(0, laughs.indexOf("a3:"));
    assertThat(LlmisvcMapper.readTree(small).get("a2").get(8).get(8).get(8).asText())
        .isEqualTo("lol");
  }

  @Test
  void anAnchorWithoutAnAliasIsHarmless() {
    String anchored = SCALAR_ALIAS.replace("  annotations: {copy: *n}\n", "");
    assertThat(LlmisvcMapper.read(anchored, LLMInferenceService.class).metadata().get().getName())
        .isEqualTo("a");
    assertThat(DocumentReader.parse("svc.yaml", anchored)).hasSize(1);
  }

  @Test
  void aSingleDocumentReadRefusesASecondDocumentInsteadOfDroppingIt() {
    assertThatThrownBy(
            () -> LlmisvcMapper.read(SCALAR_ALIAS + "---\n" + MAP_ALIAS, LLMInferenceService.class))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.line()).hasValue(9))
        .hasMessageContaining("more than one YAML document");
    assertThatThrownBy(() -> LlmisvcMapper.readTree("a: 1\n---\nb: 2\n"))
        .hasMessageContaining("more than one YAML document");
    // an empty document after the one, as a closing --- starts, is no document
    assertThat(LlmisvcMapper.read(MAP_ALIAS + "---\n", LLMInferenceService.class)).isNotNull();
    assertThat(LlmisvcMapper.read("---\n" + MAP_ALIAS, LLMInferenceService.class)).isNotNull();
  }

  @Test
  void aMapperCopyUsedDirectlyRefusesAnAliasInsteadOfReadingItsName() throws Exception {
    assertThatThrownBy(() -> LlmisvcMapper.yaml().readTree("a: &x 1\nb: *x\n"))
        .hasMessageContaining("YAML alias *x read without alias resolution");
    assertThat(LlmisvcMapper.yaml().readTree("a: &x 1\n").get("a").asInt()).isEqualTo(1);
  }
}
