package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentReader#stream}: lazy, in input order, with the problems of {@code read}. */
class DocumentStreamTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static List<String> events(List<String> inputs, InputStream stdin) {
    List<String> events = new ArrayList<>();
    try (Stream<Document> docs =
        DocumentReader.stream(inputs, stdin, p -> events.add("problem " + p))) {
      docs.forEach(d -> events.add(d.label() + ":" + d.line()));
    }
    return events;
  }

  @Test
  void documentsAndProblemsComeInInputOrder() throws IOException {
    Path a = write("a.yaml", "metadata: {name: a1}\n---\nmetadata: {name: a2}\n");
    Path missing = dir.resolve("missing.yaml");
    Path b = write("b.yaml", "metadata: {name: b1}\n---\nmetadata: {name: b2\n");
    Path c = write("c.yaml", "kind: List\nitems: [{metadata: {name: c1}}, 7]\n");
    Path d = write("d.yaml", "spec:\n  x: 1\n  x: 2\n");
    List<String> inputs =
        List.of(a.toString(), missing.toString(), b.toString(), c.toString(), "-", d.toString());
    InputStream stdin =
        new ByteArrayInputStream("metadata: {name: s1}\n".getBytes(StandardCharsets.UTF_8));
    List<String> events = events(inputs, stdin);
    assertThat(events).hasSize(9);
    assertThat(events.get(4)).startsWith("problem " + b + ":3:20: not valid YAML or JSON");
    events.set(4, "problem b");
    assertThat(events)
        .containsExactly(
            a + " (a1):1",
            a + " (a2):3",
            "problem " + missing + ": no such file or directory",
            b + " (b1):1",
            "problem b",
            c + " (c1):1",
            "problem " + c + ":1: items[1]: expected an object, found number",
            "<stdin> (s1):1",
            "problem " + d + ":3:4: duplicate key \"x\": a key may appear once per object");
  }

  @Test
  void readGivesTheSameDocumentsAndProblemsAsTheStream() throws IOException {
    Path a = write("a.yaml", "metadata: {name: a1}\n---\n---\n'x'\n---\nmetadata: {name: a2}\n");
    List<String> problems = new ArrayList<>();
    List<Document> streamed;
    try (Stream<Document> s =
        DocumentReader.stream(
            List.of(a.toString()), InputStream.nullInputStream(), problems::add)) {
      streamed = s.toList();
    }
    assertThat(streamed).extracting(Document::label).containsExactly(a + " (a1)", a + " (a2)");
    assertThat(problems).containsExactly(a + ":4: expected a YAML or JSON object, found a string");
    assertThatThrownBy(() -> DocumentReader.read(List.of(a)))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.problems()).isEqualTo(problems));
  }

  @Test
  void bareDocumentMarkersAreSkippedButExplicitEmptyValuesAreNot() {
    assertThat(DocumentReader.parse("e.yaml", "---\n---\n# only a comment\n---\n")).isEmpty();
    assertThat(DocumentReader.parse("e.yaml", "---\n--- \n---\na: 1\n")).hasSize(1);
    for (String explicit :
        List.of("--- ''\n", "---\n\"\"\n", "--- |\n", "--- &x\n", "--- !!str\n")) {
      assertThatThrownBy(() -> DocumentReader.parse("e.yaml", explicit))
          .as(explicit)
          .hasMessageMatching("e\\.yaml:[12]: expected a YAML or JSON object, found .*");
    }
  }

  @Test
  void aLongInputIsReadOnlyAsFarAsDocumentsAreTaken() {
    // 100,000 documents, made as they are read: only the first few are ever read
    int[] served = {0};
    InputStream endless =
        new InputStream() {
          private byte[] doc = new byte[0];
          private int at;
          private int count;

          @Override
          public int read() {
            if (at == doc.length) {
              if (count == 100_000) {
                return -1;
              }
              doc = ("---\nmetadata: {name: s" + count++ + "}\n").getBytes(StandardCharsets.UTF_8);
              at = 0;
            }
            served[0]++;
            return doc[at++];
          }
        };
    try (Stream<Document> s = DocumentReader.stream(List.of("-"), endless, p -> {})) {
      Iterator<Document> it = s.iterator();
      assertThat(it.next().name()).contains("s0");
      assertThat(it.next().name()).contains("s1");
    }
    assertThat(served[0]).isLessThan(100_000);
  }

  @Test
  void standardInputIsNotClosed() {
    boolean[] closed = {false};
    InputStream stdin =
        new ByteArrayInputStream("a: 1\n".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(events(List.of("-"), stdin)).containsExactly("<stdin>:1");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aFileThatIsNotUtf8IsNamedItselfAndTheInputsFilesAfterItAreStillRead() throws IOException {
    Path sub = dir.resolve("fleet");
    Files.createDirectories(sub);
    Files.write(sub.resolve("a.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    write("fleet/b.yaml", "metadata: {name: b}\n");
    Path c = write("c.yaml", "metadata: {name: c}\n");
    assertThat(events(List.of(sub.toString(), c.toString()), InputStream.nullInputStream()))
        .containsExactly(
            "problem "
                + sub.resolve("a.yaml")
                + ": not UTF-8 text: byte 0xC3 at byte offset 3 is not valid UTF-8 (Kubernetes"
                + " reads YAML and JSON as UTF-8)",
            sub.resolve("b.yaml") + " (b):1",
            c + " (c):1");
  }
}
