package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.LlmisvcException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The hostile-input corpus: each {@code src/test/resources/hostile/CASE.yaml} goes through the
 * command line ({@code validate} and {@code compose}) and the library ({@code LlmisvcMapper.read}),
 * and {@code CASE.expected} says what must come out:
 *
 * <pre>
 * exit: 1                      the exit code of validate (compose fails alike when it is not 0)
 * cli: TEXT                    a fragment of standard error (empty: nothing asked)
 * library: TEXT | OK | ANY     a fragment of the typed exception's message; OK: it reads; ANY: any
 *                              typed exception
 * compose: partial             (optional) a fleet: compose prints the good documents (name a),
 *                              not the bad one (name b)
 * composed: TEXT               (optional, exit 0) a fragment of what compose prints
 * </pre>
 *
 * Whatever the case, nothing may print a stack trace or end in an {@code Error}.
 */
@Timeout(120)
class HostileCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsExpectedOutcomeThroughTheCliAndTheLibrary()
      throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(CORPUS)) {
      cases = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThan(15);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    Map<String, String> expected =
        expected(file.resolveSibling(name.replace(".yaml", ".expected")));
    int exit = Integer.parseInt(expected.get("exit"));

    CliRun validate = CliRun.of("validate", file.toString());
    assertThat(validate.exitCode()).as("validate exit, stderr: %s", validate.err()).isEqualTo(exit);
    if (!expected.get("cli").isEmpty()) {
      assertThat(validate.err()).as("validate stderr").contains(expected.get("cli"));
    }
    noStackTrace(validate);
    CliRun compose = CliRun.of("compose", "-f", file.toString());
    if (exit != 0) {
      assertThat(compose.exitCode()).as("compose exit, stderr: %s", compose.err()).isNotZero();
      if (expected.getOrDefault("compose", "").equals("partial")) {
        // a fleet: the good documents are composed, the bad one is reported in its place
        assertThat(compose.out())
            .as("compose output")
            .contains("name: a")
            .doesNotContain("name: b");
      } else {
        assertThat(compose.out()).as("compose prints nothing for a bad input").isEmpty();
      }
    }
    if (expected.containsKey("composed")) {
      assertThat(compose.exitCode()).as("compose exit, stderr: %s", compose.err()).isZero();
      assertThat(compose.out()).as("compose output").contains(expected.get("composed"));
    }
    noStackTrace(compose);

    String library = expected.get("library");
    Throwable thrown = null;
    try {
      LlmisvcMapper.read(file, LLMInferenceService.class);
    } catch (Throwable t) {
      thrown = t;
    }
    if (library.equals("OK")) {
      assertThat(thrown).as("library").isNull();
      return;
    }
    assertThat(thrown).as("library").isInstanceOf(LlmisvcException.class);
    if (!library.equals("ANY")) {
      assertThat(thrown.getMessage()).as("library message").contains(library);
    }
  }

  private static void noStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    assertThat(run.exitCode()).as("internal error exit").isNotEqualTo(Main.INTERNAL);
  }

  private static Map<String, String> expected(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        out.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    return out;
  }
}
