package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader reads texts exactly as the former reader, which held a whole text (kept in
 * test code as {@link LegacyDocumentReader}): the same documents, or the same problems in the same
 * words.
 */
class DocumentReaderEquivalenceTest {
  private static String outcome(java.util.function.Supplier<List<Document>> read) {
    try {
      return "documents " + read.get();
    } catch (DocumentException e) {
      return "problems " + e.problems();
    }
  }

  @Property(tries = 1500)
  void readsEveryTextAsTheFormerReader(@ForAll("texts") String text) {
    assertThat(outcome(() -> DocumentReader.parse("in.yaml", text)))
        .as("%s", text)
        .isEqualTo(outcome(() -> LegacyDocumentReader.parse("in.yaml", text)));
  }

  @org.junit.jupiter.api.Test
  void readsFilesDirectoriesAndStandardInputAsTheFormerReader(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path sub = dir.resolve("fleet");
    java.nio.file.Files.createDirectories(sub.resolve("deeper"));
    java.nio.file.Files.writeString(sub.resolve("a.yaml"), "metadata: {name: a}\n---\n---\nb: 1\n");
    java.nio.file.Files.writeString(
        sub.resolve("deeper/c.yml"), "kind: List\nitems: [{c: 1}, x]\n");
    java.nio.file.Files.writeString(sub.resolve("b.json"), "{\"k\": 1, \"k\": 2}");
    java.nio.file.Files.writeString(sub.resolve("ignored.txt"), "not: [read");
    java.nio.file.Path bad = dir.resolve("bad.yaml");
    java.nio.file.Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    List<String> inputs =
        List.of(
            sub.toString(), dir.resolve("missing").toString(), "-", bad.toString(), sub.toString());
    byte[] stdin = "x: 1\n---\n'y'\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // the one deliberate difference: a file that is not UTF-8 is named with the offset of its
    // first bad byte (NotUtf8Test) where the former reader said "cannot be read: Input length = 1"
    assertThat(outcome(() -> DocumentReader.read(inputs, new java.io.ByteArrayInputStream(stdin))))
        .isEqualTo(
            outcome(
                    () ->
                        LegacyDocumentReader.read(inputs, new java.io.ByteArrayInputStream(stdin)))
                .replace(
                    bad + ": cannot be read: Input length = 1",
                    bad
                        + ": not UTF-8 text: byte 0xC3 at byte offset 3 is not valid UTF-8"
                        + " (Kubernetes reads YAML and JSON as UTF-8)"))
        .contains("duplicate key", "no such file", "not UTF-8 text", "<stdin>:3");
    java.nio.file.Path good = dir.resolve("good.yaml");
    java.nio.file.Files.writeString(good, "a: 1\n---\nkind: XList\nitems: [{b: 2}]\n");
    assertThat(outcome(() -> DocumentReader.read(List.of(good, good))))
        .isEqualTo(outcome(() -> LegacyDocumentReader.read(List.of(good, good))))
        .startsWith("documents [");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "---\n",
            "--- \n",
            "---",
            "...\n",
            "--- ''\n",
            "--- \"\"\n",
            "\"\"\n",
            "--- |\n",
            "--- &a\n",
            "--- !!str\n",
            "# comment\n",
            "\n",
            "a: 1\n",
            "a: 1\na: 2\n",
            "{\"k\": 1, \"k\": 2}\n",
            "kind: List\nitems: [{a: 1}, 2]\n",
            "kind: ConfigList\nitems: {a: 1}\n",
            "kind: List\nitems: null\n",
            "kind: List\n",
            "- a\n",
            "text\n",
            "3\n",
            "null\n",
            "~\n",
            "metadata: {name: x}\n",
            "metadata: {name: [\n",
            "a: 'b\n",
            "\ta: 1\n",
            "a:\n  - b\n  c: d\n",
            "@\n",
            "%YAML 1.1\n");
    return piece.list().ofMinSize(0).ofMaxSize(5).map(l -> String.join("", l));
  }
}
