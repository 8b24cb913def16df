package dev.llmisvc.examples.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A golden text file under {@code src/test/resources/golden/}: its leading {@code #} lines say what
 * it is, the rest must equal the printed text exactly. Rewritten only with {@code
 * -Dllmisvc.golden.update=true}, and a rewrite fails its run, so nothing is blessed unread.
 */
final class GoldenText {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private GoldenText() {}

  static void assertMatches(String relative, String header, String actual) {
    Path file = DIR.resolve(relative);
    try {
      if (Boolean.getBoolean("llmisvc.golden.update")) {
        String text =
            header.lines().map(l -> "# " + l).collect(Collectors.joining("\n", "", "\n")) + actual;
        if (!Files.exists(file) || !Files.readString(file).equals(text)) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, text);
          fail(
              file
                  + " rewritten; read the diff, explain it, then run again without"
                  + " -Dllmisvc.golden.update");
        }
      }
      if (!Files.exists(file)) {
        fail(
            "no golden file "
                + file
                + "; run once with -Dllmisvc.golden.update=true and review it");
      }
      String expected =
          Files.readString(file)
              .lines()
              .dropWhile(l -> l.startsWith("#"))
              .collect(Collectors.joining("\n", "", "\n"));
      assertThat(actual).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
