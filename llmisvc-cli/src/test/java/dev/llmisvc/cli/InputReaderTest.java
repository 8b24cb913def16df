package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.yaml.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir Path dir;

  private List<Document> read(String... inputs) {
    return new InputReader(new ByteArrayInputStream(new byte[0])).read(List.of(inputs));
  }

  @Test
  void multiDocumentYamlGivesEveryDocumentWithItsStartLine() throws Exception {
    Path f = dir.resolve("two.yaml");
    Files.writeString(f, "kind: A\nmetadata: {name: a}\n---\n---\nkind: B\nmetadata: {name: b}\n");
    List<Document> docs = read(f.toString());
    assertThat(docs).extracting(d -> d.kind().orElseThrow()).containsExactly("A", "B");
    assertThat(docs.get(1).line()).isEqualTo(5);
    assertThat(docs.get(1).label()).isEqualTo(f + " (b)");
  }

  @Test
  void listKindsStandForTheirItems() throws Exception {
    Path f = dir.resolve("list.json");
    Files.writeString(f, "{\"kind\":\"List\",\"items\":[{\"kind\":\"A\"},{\"kind\":\"B\"}]}");
    assertThat(read(f.toString()))
        .extracting(d -> d.kind().orElseThrow())
        .containsExactly("A", "B");
  }

  @Test
  void directoriesAreReadRecursivelyInPathOrderIgnoringOtherFiles() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.yml"), "kind: B\n");
    Files.writeString(dir.resolve("a.yaml"), "kind: A\n");
    Files.writeString(dir.resolve("notes.txt"), "kind: C\n");
    assertThat(read(dir.toString()))
        .extracting(d -> d.kind().orElseThrow())
        .containsExactly("A", "B");
  }

  @Test
  void dashReadsStandardInput() {
    InputReader reader =
        new InputReader(new ByteArrayInputStream("kind: S\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.read(List.of("-")))
        .singleElement()
        .satisfies(d -> assertThat(d.source()).isEqualTo("<stdin>"));
  }

  @Test
  void brokenYamlNamesTheFileAndLine() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "kind: A\nspec:\n  a: [1, 2\n");
    assertThatThrownBy(() -> read(f.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("not valid YAML or JSON");
  }

  @Test
  void aScalarDocumentIsRejected() throws Exception {
    Path f = dir.resolve("scalar.yaml");
    Files.writeString(f, "just text\n");
    assertThatThrownBy(() -> read(f.toString()))
        .hasMessage(f + ":1: expected a YAML or JSON object, found a string");
  }

  @Test
  void missingFilesAreAllReported() {
    assertThatThrownBy(() -> read("nope.yaml", "nada.yaml"))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.lines())
                    .containsExactly(
                        "nope.yaml: no such file or directory",
                        "nada.yaml: no such file or directory"));
  }
}
