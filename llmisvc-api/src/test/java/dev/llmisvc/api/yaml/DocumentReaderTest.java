package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of Kubernetes documents: files, directories, stdin, lists, duplicate keys. */
class DocumentReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aDuplicateKeyIsRejectedWithLineAndColumn() throws IOException {
    Path file = write("dup.yaml", "kind: X\nspec:\n  replicas: 1\n  replicas: 5\n");
    assertThatThrownBy(() -> DocumentReader.read(List.of(file)))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .matches(
                        java.util.regex.Pattern.quote(file.toString())
                            + ":4:\\d+: duplicate key \"replicas\": a key may appear once per"
                            + " object"));
  }

  @Test
  void aDuplicateKeyInJsonIsRejectedToo() {
    assertThatThrownBy(() -> DocumentReader.parse("in.json", "{\"kind\": \"A\", \"kind\": \"B\"}"))
        .hasMessageContaining("in.json:1:")
        .hasMessageContaining("duplicate key \"kind\"");
  }

  @Test
  void directoriesAreReadRecursivelyInPathOrder() throws IOException {
    write("b.yaml", "kind: B\n");
    write("a/z.yml", "kind: AZ\n");
    write("a/deeper/c.json", "{\"kind\": \"C\"}");
    write("notes.txt", "kind: ignored\n");
    assertThat(DocumentReader.read(List.of(dir)))
        .extracting(d -> d.kind().orElseThrow())
        .containsExactly("C", "AZ", "B");
  }

  @Test
  void listsOfAnyListKindStandForTheirItems() {
    List<Document> docs =
        DocumentReader.parse(
            "l.yaml",
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceServiceConfigList
            items:
              - {kind: LLMInferenceServiceConfig, metadata: {name: a}}
              - {kind: LLMInferenceServiceConfig, metadata: {name: b}}
            ---
            ---
            kind: List
            items: [{kind: ConfigMap, metadata: {name: c}}]
            """);
    assertThat(docs).extracting(d -> d.name().orElseThrow()).containsExactly("a", "b", "c");
    assertThat(docs.get(2).line()).isEqualTo(8);
  }

  @Test
  void standardInputIsADash() {
    List<Document> docs =
        DocumentReader.read(
            List.of("-"), new ByteArrayInputStream("kind: S\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo("<stdin>"));
  }

  @Test
  void everyProblemOfEveryInputIsReportedAtOnce() throws IOException {
    Path scalar = write("s.yaml", "just text\n");
    Path missing = dir.resolve("nope.yaml");
    Path list = write("l.yaml", "kind: List\nitems: [1]\n");
    assertThatThrownBy(() -> DocumentReader.read(List.of(scalar, missing, list)))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        scalar + ":1: expected a YAML or JSON object, found a string",
                        missing + ": no such file or directory",
                        list + ":1: items[0]: expected an object, found number"));
  }

  @Test
  void anExplicitEmptyStringDocumentIsNotMistakenForAnEmptyDocument() {
    assertThatThrownBy(() -> DocumentReader.parse("e.yaml", "\"\"\n"))
        .hasMessageContaining("expected a YAML or JSON object");
  }
}
