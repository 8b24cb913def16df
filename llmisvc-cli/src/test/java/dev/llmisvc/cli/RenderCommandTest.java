package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code llmisvc render}: the whole object set, in KServe's creation order, fleets included. */
class RenderCommandTest {
  private static final String SAMPLE =
      Path.of("../llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml").toString();
  private static final String FLEET = Path.of("src/test/resources/compose/fleet.yaml").toString();
  private static final String PROFILE =
      Path.of("src/test/resources/compose/gpu-profile.yaml").toString();

  @TempDir Path dir;

  private static List<String> kindsAndNames(String yaml) {
    return DocumentReader.parse("out", yaml).stream()
        .map(d -> d.kind().orElseThrow() + "/" + d.name().orElseThrow())
        .toList();
  }

  @Test
  void theSampleRendersWorkloadThenRouterInKServesOrder() {
    CliRun run = CliRun.of("render", "-f", SAMPLE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    // rendering.md §0.1: workload (steps 4-5), then scheduler, pool and route (steps 8-9)
    assertThat(kindsAndNames(run.out()))
        .containsExactly(
            "Deployment/qwen2-7b-instruct-kserve",
            "Service/qwen2-7b-instruct-kserve-workload-svc",
            "ServiceAccount/qwen2-7b-instruct-epp-sa",
            "ClusterRoleBinding/llm-qwen2-7b-instruct-epp-auth-rb",
            "Role/qwen2-7b-instruct-epp-role",
            "RoleBinding/qwen2-7b-instruct-epp-rb",
            "Deployment/qwen2-7b-instruct-kserve-router-scheduler",
            "Service/qwen2-7b-instruct-epp-service",
            "InferencePool/qwen2-7b-instruct-inference-pool",
            "HTTPRoute/qwen2-7b-instruct-kserve-route");
    assertThat(run.err())
        .contains("requires Secret llm/qwen2-7b-instruct-kserve-self-signed-certs")
        .contains("requires Gateway kserve/kserve-ingress-gateway")
        .doesNotContain("SLF4J")
        .doesNotContain("Exception");
  }

  @Test
  void outputIsByteIdenticalForIdenticalInput() {
    assertThat(CliRun.of("render", "-f", SAMPLE).out())
        .isEqualTo(CliRun.of("render", "-f", SAMPLE).out());
  }

  @Test
  void generateTlsCreatesTheSecretFirstAndNoLongerRequiresIt() {
    CliRun run = CliRun.of("render", "-f", SAMPLE, "--generate-tls");
    assertThat(run.exitCode()).isZero();
    assertThat(kindsAndNames(run.out()).get(0))
        .isEqualTo("Secret/qwen2-7b-instruct-kserve-self-signed-certs");
    assertThat(run.err()).doesNotContain("requires Secret");
  }

  @Test
  void theV1alpha2PoolIsRenderedWhenTheClusterServesIt() {
    CliRun run = CliRun.of("render", "-f", SAMPLE, "--inference-pool-v1alpha2", "-o", "json");
    assertThat(run.exitCode()).isZero();
    List<Document> items = DocumentReader.parse("out", run.out());
    assertThat(items)
        .filteredOn(d -> d.kind().orElseThrow().equals("InferencePool"))
        .extracting(d -> d.apiVersion().orElseThrow())
        .containsExactly(
            "inference.networking.k8s.io/v1", "inference.networking.x-k8s.io/v1alpha2");
  }

  @Test
  void aFleetReportsABadServiceByNameAndRendersTheOthers() {
    CliRun run = CliRun.of("render", "-f", FLEET, "--config", PROFILE);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(FLEET + " (orphan): ConfigNotFound");
    assertThat(kindsAndNames(run.out())).contains("Deployment/llama-3-8b-kserve");
  }

  @Test
  void outputDirGetsOneFilePerObjectInCreationOrder() throws Exception {
    Path out = dir.resolve("objects");
    CliRun run = CliRun.of("render", "-f", SAMPLE, "--output-dir", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    List<String> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files)
        .hasSize(10)
        .startsWith("001-llm-deployment-qwen2-7b-instruct-kserve.yaml")
        .contains("004-cluster-clusterrolebinding-llm-qwen2-7b-instruct-epp-auth-rb.yaml")
        .endsWith("010-llm-httproute-qwen2-7b-instruct-kserve-route.yaml");
    assertThat(DocumentReader.read(List.of(out.resolve(files.get(0))))).hasSize(1);
  }
}
