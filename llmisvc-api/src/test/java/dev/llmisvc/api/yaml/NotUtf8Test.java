package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not UTF-8 (Latin-1, UTF-16 with its byte-order mark, binary) is reported by its
 * own name, not its directory's, with the offset of the first bad byte; the other files of the
 * directory are still read.
 */
class NotUtf8Test {
  @TempDir Path dir;

  @Test
  void eachBadFileIsNamedWithItsOffsetAndTheOthersAreStillRead() throws IOException {
    Path d = Files.createDirectory(dir.resolve("d"));
    Files.writeString(d.resolve("a-good.yaml"), "kind: S\nmetadata: {name: a}\n");
    Files.write(
        d.resolve("b-latin1.yaml"),
        "kind: S\nmetadata: {name: caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = "kind: S\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Files.write(d.resolve("c-utf16.yaml"), withBom);
    Files.write(d.resolve("d-binary.yaml"), new byte[] {'k', ':', ' ', (byte) 0x80, 0, 1, 2});
    Files.writeString(d.resolve("e-good.yaml"), "kind: S\nmetadata: {name: e}\n");

    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Stream<Document> docs =
        DocumentReader.stream(
            List.of(d.toString()), InputStream.nullInputStream(), problems::add)) {
      docs.forEach(doc -> names.add(doc.name().orElse("?")));
    }
    assertThat(names).containsExactly("a", "e");
    assertThat(problems)
        .containsExactly(
            d.resolve("b-latin1.yaml")
                + ": not UTF-8 text: byte 0xE9 at byte offset 28 is not valid UTF-8 (Kubernetes"
                + " reads YAML and JSON as UTF-8)",
            d.resolve("c-utf16.yaml")
                + ": not UTF-8 text: byte 0xFF at byte offset 0 is not valid UTF-8 (Kubernetes"
                + " reads YAML and JSON as UTF-8; it starts with a UTF-16 byte-order mark, save it"
                + " as UTF-8)",
            d.resolve("d-binary.yaml")
                + ": not UTF-8 text: byte 0x80 at byte offset 3 is not valid UTF-8 (Kubernetes"
                + " reads YAML and JSON as UTF-8)");
  }

  @Test
  void aBadByteFarIntoALargeFileIsFoundAtItsOffset() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < 200_000) {
      text.append("kind: S\nmetadata: {name: n").append(text.length()).append("}\n---\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xc3; // a two-byte sequence cut short by the end of the file
    Path file = Files.write(dir.resolve("long.yaml"), bytes);
    List<String> problems = new ArrayList<>();
    try (Stream<Document> docs =
        DocumentReader.stream(
            List.of(file.toString()), InputStream.nullInputStream(), problems::add)) {
      assertThat(docs.count()).isPositive();
    }
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(file + ": not UTF-8 text: byte 0xC3 at byte offset " + good.length);
  }
}
