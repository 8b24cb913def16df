package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document beyond 3 MiB is refused as soon as that much is read, with the limit in the message,
 * through every reading path; a file's later documents are not read, other files are.
 */
@Timeout(60)
class DocumentLimitTest {
  @TempDir Path dir;

  private static String service(String name, int scalar) {
    return "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n  name: "
        + name
        + "\n  annotations:\n    big: \""
        + "x".repeat(scalar)
        + "\"\nspec:\n  model:\n    uri: hf://org/m\n";
  }

  @Test
  void aHugeScalarIsRefusedFastByTheMapperWithTheLimit() {
    String text = service("a", 6 * 1024 * 1024);
    long start = System.nanoTime();
    assertThatThrownBy(() -> LlmisvcMapper.read(text, LLMInferenceService.class))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.reason()).contains("more than 3145728 characters (3 MiB)");
              assertThat(e.line()).hasValue(1);
            });
    assertThatThrownBy(() -> LlmisvcMapper.readTree(text)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> LlmisvcMapper.readAll(text, LLMInferenceService.class))
        .isInstanceOf(ParseException.class);
    // three refusals of a 6 MiB text, each after reading 3 MiB of it
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aDocumentJustWithinTheLimitIsRead() {
    // many short lines: SnakeYAML is slow on one long scalar even within its limit
    StringBuilder annotations = new StringBuilder();
    for (int i = 0; annotations.length() < DocumentLimit.MAX_CODE_POINTS - 2000; i++) {
      annotations.append(String.format("    k%07d: \"%s\"\n", i, "x".repeat(100)));
    }
    String text =
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n  name: a\n"
            + "  annotations:\n"
            + annotations
            + "spec:\n  model:\n    uri: hf://org/m\n";
    assertThat(text.length())
        .isBetween(DocumentLimit.MAX_CODE_POINTS - 2000, DocumentLimit.MAX_CODE_POINTS);
    assertThat(LlmisvcMapper.read(text, LLMInferenceService.class).metadata().get().getName())
        .isEqualTo("a");
  }

  @Test
  void eachDocumentHasTheLimitNotTheFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      text.append("---\n").append(service("s" + i, 2 * 1024 * 1024));
    }
    assertThat(DocumentReader.parse("three.yaml", text.toString())).hasSize(3);
  }

  @Test
  void theFileReaderNamesFileAndLineAndGoesOnWithOtherFiles() throws IOException {
    Path d = Files.createDirectory(dir.resolve("d"));
    Files.writeString(
        d.resolve("a.yaml"),
        service("small", 10)
            + "---\n"
            + service("huge", 8 * 1024 * 1024)
            + "---\n"
            + service("after", 1));
    Files.writeString(d.resolve("b.yaml"), service("other", 10));
    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Stream<Document> docs =
        DocumentReader.stream(
            List.of(d.toString()), InputStream.nullInputStream(), problems::add)) {
      docs.forEach(doc -> names.add(doc.name().orElse("?")));
    }
    assertThat(names).containsExactly("small", "other");
    assertThat(problems)
        .containsExactly(
            d.resolve("a.yaml")
                + ":10: the document starting at line 10 holds more than 3145728 characters (3"
                + " MiB), the most a YAML document may hold (SnakeYAML's limit; a Kubernetes"
                + " object is at most about 1.5 MiB)");
  }
}
