package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processing a fleet on several threads prints exactly what processing it service by service
 * prints: the same bytes on standard output and on standard error, and the same exit code.
 */
class FleetJobsTest {
  @TempDir static Path dir;
  private static Path fleet;
  private static Path configs;

  private static String service(String name, String namespace, String extra) {
    return "apiVersion: serving.kserve.io/v1alpha2\n"
        + "kind: LLMInferenceService\n"
        + "metadata:\n"
        + "  name: "
        + name
        + "\n"
        + (namespace.isEmpty() ? "" : "  namespace: " + namespace + "\n")
        + extra
        + "spec:\n"
        + "  model:\n"
        + "    uri: hf://org/"
        + name
        + "\n";
  }

  @BeforeAll
  static void writeFleet() throws IOException {
    fleet = dir.resolve("fleet");
    Files.createDirectories(fleet);
    List<String> first = new ArrayList<>();
    String[] namespaces = {"team-a", "team-b", ""};
    for (int i = 0; i < 12; i++) {
      String ns = namespaces[i % 3];
      String spec =
          switch (i % 4) {
            case 0 -> "  baseRefs:\n    - name: my-gpu-profile\n  replicas: " + (i + 1) + "\n";
            case 1 -> "  router:\n    route: {}\n    scheduler: {}\n";
            case 2 -> "  replicas: " + i + "\n";
            default -> "  baseRefs:\n    - name: does-not-exist\n";
          };
      first.add(service("svc-" + i, ns, "") + spec);
    }
    // stopped: its failure is a warning and its own spec is printed
    first.add(
        service("stopped", "team-b", "  annotations:\n    serving.kserve.io/stop: \"true\"\n")
            + "  baseRefs:\n    - name: does-not-exist\n");
    // a scheduler config from a ConfigMap with the latency producer: a warning
    first.add(
        service("warned", "team-a", "")
            + "  router:\n    route: {}\n    scheduler:\n      config:\n        ref:\n"
            + "          name: my-epp\n          key: epp\n");
    // (a ConfigMap or LLMInferenceServiceConfig would join the config source instead)
    first.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: not-a-service\n");
    Files.writeString(fleet.resolve("01-services.yaml"), String.join("---\n", first));
    Files.writeString(
        fleet.resolve("02-broken.yaml"),
        service("before-the-break", "team-a", "") + "---\nmetadata: {name: [\n");
    StringBuilder list = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
    for (int i = 0; i < 8; i++) {
      list.append("  - apiVersion: serving.kserve.io/v1alpha1\n")
          .append("    kind: LLMInferenceService\n")
          .append("    metadata: {name: listed-")
          .append(i)
          .append(", namespace: ns-")
          .append(i % 4)
          .append("}\n")
          .append("    spec:\n      model: {uri: hf://org/m")
          .append(i)
          .append("}\n")
          .append(i % 2 == 0 ? "      baseRefs: [{name: my-gpu-profile}]\n" : "")
          .append("      replicas: ")
          .append(i)
          .append("\n");
    }
    Files.writeString(fleet.resolve("03-list.yaml"), list.toString());
    Files.writeString(
        fleet.resolve("04-duplicate.yaml"),
        service("dup", "team-a", "") + "  replicas: 1\n  replicas: 2\n");
    configs = dir.resolve("configs.yaml");
    Files.writeString(
        configs,
        "apiVersion: serving.kserve.io/v1alpha2\n"
            + "kind: LLMInferenceServiceConfig\n"
            + "metadata:\n  name: my-gpu-profile\n"
            + "spec:\n  replicas: 2\n  template:\n    nodeSelector: {gpu: a100}\n"
            + "    containers:\n      - name: main\n        resources: {limits: {nvidia.com/gpu: \"4\"}}\n"
            + "---\n"
            + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: my-epp\n"
            + "data:\n  epp: |\n    plugins:\n      - type: predicted-latency-producer\n");
  }

  private static CliRun run(String command, String format, int jobs, String... extra) {
    List<String> args = new ArrayList<>(List.of(command, "-f", fleet.toString()));
    args.addAll(List.of("-f", "src/test/resources/compose/fleet.yaml"));
    args.addAll(List.of("--config", configs.toString(), "-o", format));
    args.addAll(List.of("--jobs", String.valueOf(jobs)));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void sameWithOneAndFourJobs(String command, String format) {
    CliRun one = run(command, format, 1);
    CliRun four = run(command, format, 4);
    assertThat(four.out()).as(command + " -o " + format + " stdout").isEqualTo(one.out());
    assertThat(four.err()).as(command + " -o " + format + " stderr").isEqualTo(one.err());
    assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
    // the fleet is what it claims to be: failures, problems, warnings and output all present
    assertThat(one.err())
        .contains("(svc-3): ConfigNotFound")
        .contains("02-broken.yaml:")
        .contains("04-duplicate.yaml:")
        .contains("duplicate key \"replicas\"")
        .contains("kind: expected LLMInferenceService, found \"Secret\"")
        .contains("(warned): warning: LatencyPredictorConfigRef");
    assertThat(one.out()).contains("listed-7").contains("before-the-break").contains("svc-0");
    // problems are printed in input order, between the services around them
    assertThat(one.err()).contains("found \"Secret\"");
    assertThat(one.err().indexOf("02-broken.yaml:"))
        .isGreaterThan(one.err().indexOf("found \"Secret\""))
        .isLessThan(one.err().indexOf("04-duplicate.yaml:"));
  }

  @Test
  void composeYaml() {
    sameWithOneAndFourJobs("compose", "yaml");
    assertThat(run("compose", "yaml", 3).out()).contains("name: stopped");
  }

  @Test
  void composeJson() {
    sameWithOneAndFourJobs("compose", "json");
  }

  @Test
  void composeJsonCompact() {
    sameWithOneAndFourJobs("compose", "json-compact");
  }

  @Test
  void renderYaml() {
    sameWithOneAndFourJobs("render", "yaml");
  }

  @Test
  void renderJson() {
    sameWithOneAndFourJobs("render", "json");
  }

  @Test
  void renderJsonCompact() {
    sameWithOneAndFourJobs("render", "json-compact");
  }

  @Test
  void renderToADirectoryWritesTheSameFiles() throws IOException {
    Path one = dir.resolve("out-1");
    Path four = dir.resolve("out-4");
    CliRun a = run("render", "yaml", 1, "--output-dir", one.toString());
    CliRun b = run("render", "yaml", 4, "--output-dir", four.toString());
    assertThat(b.err()).isEqualTo(a.err());
    List<Path> files;
    try (var s = Files.list(one)) {
      files = s.map(Path::getFileName).sorted().toList();
    }
    try (var s = Files.list(four)) {
      assertThat(s.map(Path::getFileName).sorted().toList()).isEqualTo(files).isNotEmpty();
    }
    for (Path f : files) {
      assertThat(Files.readString(four.resolve(f))).isEqualTo(Files.readString(one.resolve(f)));
    }
  }

  @Test
  void jobsIsDocumented() {
    assertThat(CliRun.of("compose", "--help").out()).contains("--jobs=N");
    assertThat(CliRun.of("render", "--help").out()).contains("--jobs=N");
  }

  @Test
  void jobsMustBeAtLeastOne() {
    CliRun run = run("compose", "yaml", 0);
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--jobs: expected a number of at least 1, found 0");
    assertThat(run.out()).isEmpty();
  }
}
