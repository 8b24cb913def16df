package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anchors, aliases and merge keys read by {@link YamlAliases} give the same tree as PyYAML, an
 * independent implementation of the YAML 1.1 alias and merge-key rules that builds a node graph
 * (Jackson streams events). 500 random documents anchor, alias and merge each other's values, with
 * {@code <<} first in its mapping, where go-yaml v2 and the YAML rule agree. SnakeYAML was tried
 * first and dropped: it reads an anchored mapping that holds a merge key as empty when it is merged
 * again.
 *
 * <p>The oracle is {@code python3} with PyYAML; without it the test is skipped and says so.
 */
class AliasOracleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DOCUMENTS = 500;

  private static final String LOADER =
      "import json, sys, yaml\n"
          + "docs = json.load(open(sys.argv[1]))\n"
          + "json.dump([yaml.safe_load(d) for d in docs], open(sys.argv[2], 'w'))\n";

  @Test
  void aliasesAndMergeKeysReadAsPyYamlComposesThem(@TempDir Path dir)
      throws IOException, InterruptedException {
    List<String> docs = new ArrayList<>();
    for (int seed = 0; seed < DOCUMENTS; seed++) {
      docs.add(new Doc(new Random(seed)).text());
    }
    Path in = Files.writeString(dir.resolve("in.json"), JSON.writeValueAsString(docs));
    Path out = dir.resolve("out.json");
    Path script = Files.writeString(dir.resolve("load.py"), LOADER);
    Process p;
    try {
      p =
          new ProcessBuilder("python3", script.toString(), in.toString(), out.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort("oracle absent: python3 cannot be started (" + e.getMessage() + ")");
      return;
    }
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assumptions.assumeTrue(
        ended && !log.contains("No module named 'yaml'"),
        "oracle absent: python3 has no PyYAML (" + log.strip() + ")");
    assertThat(p.exitValue()).as(log).isZero();
    ArrayNode expected = (ArrayNode) JSON.readTree(out.toFile());
    for (int i = 0; i < DOCUMENTS; i++) {
      assertThat(LlmisvcMapper.readTree(docs.get(i)))
          .as("seed %d:%n%s", i, docs.get(i))
          .isEqualTo(expected.get(i));
    }
  }

  /** A random document: top-level entries whose values anchor, alias and merge earlier ones. */
  private static final class Doc {
    private final Random random;
    private final List<String> anchors = new ArrayList<>();
    private final List<String> mappingAnchors = new ArrayList<>();
    private int next;

    Doc(Random random) {
      this.random = random;
    }

    String text() {
      StringBuilder out = new StringBuilder();
      int entries = 1 + random.nextInt(8);
      for (int i = 0; i < entries; i++) {
        out.append("k").append(i).append(": ").append(value(3)).append('\n');
      }
      return out.toString();
    }

    private String value(int depth) {
      int kind = random.nextInt(depth <= 0 ? 2 : 6);
      switch (kind) {
        case 0:
          return anchored(scalar(), false);
        case 1:
          return anchors.isEmpty() ? scalar() : "*" + pick(anchors);
        case 2:
          return anchored(list(depth), false);
        case 3:
          return anchored(mapping(depth, false), true);
        default:
          return anchored(mapping(depth, !mappingAnchors.isEmpty()), true);
      }
    }

    private String anchored(String value, boolean mapping) {
      if (random.nextInt(3) != 0) {
        return value;
      }
      String name = "a" + next++;
      // registered after the value is written: an alias inside its own anchor is an error
      anchors.add(name);
      if (mapping) {
        mappingAnchors.add(name);
      }
      return "&" + name + " " + value;
    }

    private String list(int depth) {
      List<String> items = new ArrayList<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        items.add(value(depth - 1));
      }
      return "[" + String.join(", ", items) + "]";
    }

    private String mapping(int depth, boolean merge) {
      List<String> entries = new ArrayList<>();
      if (merge) {
        if (random.nextBoolean()) {
          entries.add("<<: *" + pick(mappingAnchors));
        } else {
          List<String> sources = new ArrayList<>();
          for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            sources.add("*" + pick(mappingAnchors));
          }
          entries.add("<<: [" + String.join(", ", sources) + "]");
        }
      }
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        // few key names, so merged and written keys meet
        entries.add("m" + i + random.nextInt(2) + ": " + value(depth - 1));
      }
      return "{" + String.join(", ", entries.stream().distinct().toList()) + "}";
    }

    private String scalar() {
      return switch (random.nextInt(5)) {
        case 0 -> Integer.toString(random.nextInt(1000));
        case 1 -> random.nextBoolean() ? "true" : "false";
        case 2 -> "null";
        default -> "s" + Integer.toString(random.nextInt(1 << 20), 36);
      };
    }

    private String pick(List<String> names) {
      return names.get(random.nextInt(names.size()));
    }
  }
}
