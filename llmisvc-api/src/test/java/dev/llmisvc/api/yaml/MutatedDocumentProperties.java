package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.LlmisvcException;
import dev.llmisvc.api.validation.LlmisvcValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile edits of a real service document (the v1alpha2 every-field sample): lines dropped,
 * duplicated (a duplicate key), retyped (a scalar made a list, a map, a quoted number, a huge
 * number), aliased ({@code &a} and {@code *a}) and blown up (a value of up to 256 KiB). Whatever
 * the edit, the library reads the text to a model or a tree and validates it, or throws a typed
 * {@link LlmisvcException}; never an {@code Error} or another exception, and each try ends within a
 * few seconds.
 */
class MutatedDocumentProperties {
  private static final List<String> LINES = sampleLines();
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static List<String> sampleLines() {
    try (InputStream in =
        MutatedDocumentProperties.class.getResourceAsStream("/models/v1alpha2-every-field.yaml")) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 80)
  void theLibraryAnswersEveryMutationWithAValueOrATypedError(@ForAll("mutated") String text) {
    long start = System.nanoTime();
    answersOrThrowsOnly(
        LlmisvcException.class,
        () -> LlmisvcMapper.read(text, dev.llmisvc.api.v1alpha2.LLMInferenceService.class));
    answersOrThrowsOnly(
        DocumentException.class,
        () -> {
          for (Document doc : DocumentReader.parse("mutated.yaml", text)) {
            LlmisvcValidator.forKind(doc.kind().orElse(""))
                .ifPresent(
                    v -> {
                      try {
                        v.validateCreate(doc.tree());
                      } catch (IllegalArgumentException e) {
                        // an apiVersion the validator does not serve: its documented refusal
                      }
                    });
          }
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
  }

  /** The property's check fails on what it must catch: an Error, an untyped exception. */
  @Example
  void theCheckRefusesAnErrorAndAnUntypedException() {
    assertThatThrownBy(
            () ->
                answersOrThrowsOnly(
                    LlmisvcException.class,
                    () -> {
                      throw new StackOverflowError();
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("StackOverflowError");
    assertThatThrownBy(
            () ->
                answersOrThrowsOnly(
                    DocumentException.class,
                    () -> {
                      throw new IllegalStateException("untyped");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("untyped");
    answersOrThrowsOnly(
        LlmisvcException.class,
        () -> {
          throw new dev.llmisvc.api.ParseException(
              java.util.Optional.empty(), 1, 1, "", "typed", null);
        });
  }

  private interface Step {
    void run() throws Throwable;
  }

  private static void answersOrThrowsOnly(Class<? extends Throwable> typed, Step step) {
    Throwable thrown = null;
    try {
      step.run();
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown != null && !typed.isInstance(thrown)) {
      throw new AssertionError(
          "expected a value or a " + typed.getSimpleName() + ", got " + thrown, thrown);
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    return Arbitraries.longs().map(seed -> mutate(new Random(seed)));
  }

  private static String mutate(Random random) {
    List<String> lines = new ArrayList<>(LINES);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = 3 + random.nextInt(lines.size() - 3);
      String line = lines.get(at);
      int colon = line.indexOf(": ");
      switch (random.nextInt(8)) {
        case 0 -> lines.remove(at); // drop
        case 1 -> lines.add(at, line); // duplicate: a key given twice
        case 2 -> { // retype a scalar into a list or a map
          if (colon > 0) {
            lines.set(
                at, line.substring(0, colon + 2) + (random.nextBoolean() ? "[1, 2]" : "{x: 1}"));
          }
        }
        case 3 -> { // retype into a quoted number or a number beyond int64
          if (colon > 0) {
            lines.set(
                at,
                line.substring(0, colon + 2)
                    + (random.nextBoolean() ? "\"42\"" : "92233720368547758070"));
          }
        }
        case 4 -> { // anchor a value here and alias it later
          if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + "&a " + line.substring(colon + 2));
            int later = at + 1 + random.nextInt(Math.max(1, lines.size() - at - 1));
            String other = lines.get(Math.min(later, lines.size() - 1));
            int c = other.indexOf(": ");
            if (c > 0) {
              lines.set(Math.min(later, lines.size() - 1), other.substring(0, c + 2) + "*a");
            }
          }
        }
        case 5 -> { // a huge value
          if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + "x".repeat(1 << (10 + random.nextInt(9))));
          }
        }
        case 6 -> { // indentation broken
          lines.set(at, " " + line);
        }
        default -> { // a null or an empty object
          if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + (random.nextBoolean() ? "null" : "{}"));
          }
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
