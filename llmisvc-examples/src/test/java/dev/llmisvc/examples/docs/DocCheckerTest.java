package dev.llmisvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippet check can fail: a page with one fault per example is refused for each of them, and
 * the same examples written correctly pass.
 */
class DocCheckerTest {
  private static final Path PAGES = Path.of("src/test/resources/docs");

  @TempDir Path scratch;

  private List<String> check(String page) {
    return new DocChecker(DocSnippetsTest.ROOT, scratch)
        .check(MarkdownPage.read(PAGES.resolve(page)));
  }

  @Test
  void aPageWhoseExamplesMatchPasses() {
    assertThat(check("good-page.md")).isEmpty();
  }

  @Test
  void everyFaultOfABrokenPageIsReportedWithItsLine() {
    List<String> problems = check("broken-page.md");

    assertThat(problems).hasSize(9);
    assertThat(problems.get(0))
        .startsWith("broken-page.md:4: snippet ")
        .contains("    | String who = \"moon\";", "    | String who = \"world\";");
    assertThat(problems.get(1))
        .startsWith("broken-page.md:10: ")
        .contains("no region // tag::farewell[] ... // end::farewell[]");
    assertThat(problems.get(2))
        .startsWith("broken-page.md:15: ")
        .contains("no such file llmisvc-examples/src/test/resources/docs/NoSuchFile.java");
    assertThat(problems.get(3))
        .startsWith("broken-page.md:19: a java block must be a checked snippet");
    assertThat(problems.get(4)).startsWith("broken-page.md:24: an unchecked block must say why");
    assertThat(problems.get(5))
        .startsWith("broken-page.md:29: $ llmisvc presets list")
        .contains("    | kserve-config-llm-no-such-preset", "    | kserve-config-llm-template");
    assertThat(problems.get(6))
        .startsWith("broken-page.md:38: $ echo $?")
        .contains("the page shows:\n    | 0\nbut the command gives:\n    | 1");
    assertThat(problems.get(7))
        .startsWith("broken-page.md:43: $ kubectl get pods")
        .contains("unsupported command");
    assertThat(problems.get(8))
        .startsWith("broken-page.md:46: objects render -f ")
        .contains("    | Service qwen2-7b-amd-kserve-workload-svc");
  }

  @Test
  void anElidedLineStandsForAnyNumberOfLinesAndNothingElse() {
    assertThat(Elision.matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d"))).isTrue();
    assertThat(Elision.matches(List.of("a", "...", "d"), List.of("a", "d"))).isTrue();
    assertThat(Elision.matches(List.of("a", "...", "d"), List.of("a", "b", "c"))).isFalse();
    assertThat(Elision.matches(List.of("a", "b"), List.of("a", "b", "c"))).isFalse();
    assertThat(Elision.matches(List.of("..."), List.of())).isTrue();
  }

  @Test
  void aJavaBlockWithoutMarkerFailsOnEveryPage() {
    List<String> lines = List.of("```java", "int x = 1;", "```");
    for (String page : List.of("x.md", "examples.md")) {
      assertThat(
              new DocChecker(DocSnippetsTest.ROOT, scratch).check(MarkdownPage.parse(page, lines)))
          .as(page)
          .hasSize(1);
    }
  }
}
