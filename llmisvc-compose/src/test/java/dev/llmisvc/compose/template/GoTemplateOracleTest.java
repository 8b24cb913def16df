package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template corpus against real Go: every case whose template reads no data (literals,
 * functions, variables, control flow) runs through Go's own {@code text/template} ({@code
 * oracle/main.go}, standard library only) and must give the corpus's output. Each case states its
 * provenance in {@code source}; a case this test runs must say {@value #RUN_BY} and every case it
 * can run must be run. Skipped, with the reason, where no Go toolchain is on the PATH (Debian's
 * {@code golang-go}, go1.19.8 here). KServe builds with Go 1.25.8; a case that needs a newer Go
 * than the oracle's says so in {@code goMin} and is not run.
 */
class GoTemplateOracleTest {
  static final String RUN_BY = "run by GoTemplateOracleTest";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Data references: {@code .Field}, {@code $.Field}, a bare dot as an argument or action. */
  private static final Pattern READS_DATA =
      Pattern.compile("(^|[^0-9A-Za-z_)\\]])\\.[A-Za-z_]|\\$\\.|[\\s({]\\.[\\s})]");

  /**
   * Characters KServe's JSON round trip changes around the template ({@code json.Marshal} escapes
   * {@code <>&} before the template runs, the output is spliced into a JSON string): a case with
   * one of them is not plain {@code text/template}.
   */
  private static final Pattern JSON_SENSITIVE =
      Pattern.compile("[<>&\"\\\\\\u0000-\\u001f\\u2028\\u2029]");

  /** A case Go can run without KServe's types, with no text KServe's JSON pass would change. */
  static boolean runnableByGo(JsonNode c) {
    if (!c.has("template")
        || !c.has("output")
        || c.has("service")
        || c.has("global")
        || c.has("goMin")) { // goMin: a Go feature newer than the oracle's (range over an int)
      return false;
    }
    String template = c.get("template").asText();
    return !READS_DATA.matcher(template).find()
        && !JSON_SENSITIVE.matcher(template).find()
        && !JSON_SENSITIVE.matcher(c.get("output").asText()).find();
  }

  static Map<String, JsonNode> corpus() throws IOException {
    Map<String, JsonNode> cases = new LinkedHashMap<>();
    Path dir = Path.of("src/test/resources/template");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode doc;
        try (InputStream in = Files.newInputStream(file)) {
          doc = YAML.readTree(in);
        }
        for (JsonNode c : doc.path("cases")) {
          cases.put(file.getFileName() + ": " + c.path("name").asText(), c);
        }
      }
    }
    return cases;
  }

  @Test
  void everyCaseStatesWhereItsExpectationComesFrom() throws IOException {
    List<String> wrong = new ArrayList<>();
    corpus()
        .forEach(
            (name, c) -> {
              String source = c.path("source").asText("");
              if (source.isBlank()) {
                wrong.add(name + ": no source");
              } else if (source.contains(RUN_BY) != runnableByGo(c)) {
                wrong.add(
                    name + ": source says " + source + ", runnable by Go: " + runnableByGo(c));
              }
            });
    assertThat(wrong).isEmpty();
  }

  @Test
  void casesWithoutDataGiveWhatGoGives(@TempDir Path tmp) throws Exception {
    String go = goBinary();
    Assumptions.assumeTrue(go != null, "no Go toolchain on the PATH: oracle comparison skipped");
    Path main = tmp.resolve("main.go");
    Files.copy(Path.of("src/test/resources/template/oracle/main.go"), main);
    StringBuilder input = new StringBuilder();
    Map<String, JsonNode> runnable = new LinkedHashMap<>();
    corpus()
        .forEach(
            (name, c) -> {
              if (runnableByGo(c)) {
                runnable.put(name, c);
              }
            });
    for (Map.Entry<String, JsonNode> e : runnable.entrySet()) {
      ObjectNode line = JSON.createObjectNode();
      line.put("Name", e.getKey());
      line.put("Template", e.getValue().get("template").asText());
      input.append(JSON.writeValueAsString(line)).append('\n');
    }
    ProcessBuilder pb = new ProcessBuilder(go, "run", main.toString()).directory(tmp.toFile());
    pb.environment().put("GOFLAGS", "-mod=mod");
    pb.environment().putIfAbsent("GOCACHE", tmp.resolve("cache").toString());
    pb.environment().put("GO111MODULE", "off");
    pb.redirectErrorStream(false);
    Process p = pb.start();
    p.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    String version = goVersion(go);
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (String l : out.split("\n")) {
      if (l.isBlank()) {
        continue;
      }
      JsonNode r = JSON.readTree(l);
      JsonNode c = runnable.get(r.get("Name").asText());
      compared++;
      String expected = c.get("output").asText();
      if (!r.get("Error").asText().isEmpty() || !r.get("Output").asText().equals(expected)) {
        differences.add(
            r.get("Name").asText()
                + ": corpus "
                + expected
                + " | "
                + version
                + " "
                + (r.get("Error").asText().isEmpty() ? r.get("Output").asText() : r.get("Error")));
      }
    }
    assertThat(compared).isEqualTo(runnable.size()).isGreaterThanOrEqualTo(12);
    assertThat(differences).as("cases that differ from " + version).isEmpty();
  }

  private static String goBinary() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(d, "go");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static String goVersion(String go) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(go, "version").redirectErrorStream(true).start();
    String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor(30, TimeUnit.SECONDS);
    return v;
  }
}
