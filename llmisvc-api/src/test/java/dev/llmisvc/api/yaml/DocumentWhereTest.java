package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each object knows which of its source it is, so an error names its document. */
class DocumentWhereTest {
  @Test
  void objectsAreNumberedInTheirSourceWithKindAndName() {
    List<Document> docs =
        DocumentReader.parse(
            "fleet.yaml",
            "kind: LLMInferenceService\nmetadata: {name: a}\n---\n---\n"
                + "kind: List\nitems:\n  - {kind: LLMInferenceServiceConfig, metadata: {name: c}}\n"
                + "  - {kind: ConfigMap}\n");
    assertThat(docs)
        .extracting(Document::where)
        .containsExactly(
            "fleet.yaml:1 (#1 LLMInferenceService/a)",
            "fleet.yaml:5 (#2 LLMInferenceServiceConfig/c)",
            "fleet.yaml:5 (#3 ConfigMap/?)");
  }
}
