package dev.llmisvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that fails when a documented example stops matching the code: every page under
 * {@code src/site/markdown} is checked by {@link DocChecker} (snippets against their source
 * regions, shell sessions by running them, object tables by rendering), one test per page.
 */
class DocSnippetsTest {
  /** The repository root, seen from the module directory the tests run in. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Path PAGES = ROOT.resolve("src/site/markdown");

  @TempDir Path scratch;

  @TestFactory
  Stream<DynamicTest> everyPageMatchesTheCode() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(PAGES)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(pages).as("pages under %s", PAGES).isNotEmpty();
    return pages.stream()
        .map(
            page ->
                DynamicTest.dynamicTest(
                    page.getFileName().toString(),
                    () -> {
                      List<String> problems =
                          new DocChecker(ROOT, scratch).check(MarkdownPage.read(page));
                      if (!problems.isEmpty()) {
                        fail(
                            "documented examples that no longer match the code:\n\n"
                                + String.join("\n\n", problems));
                      }
                    }));
  }
}
