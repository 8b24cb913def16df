package dev.llmisvc.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.diff.FleetSummary;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tour of the getting-started page does what the page says: the multi-node service selects the
 * data-parallel preset, renders a LeaderWorkerSet of two pods, and the preset change restarts that
 * service's pods and nothing else. The files the page's shell sessions use are the tour's own
 * services and preset change.
 */
class FiveMinuteTourTest {
  private static final Path TOUR = Path.of("../src/site/resources/tour");
  private static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void theMultiNodeServiceSelectsTheDataParallelPresetBehindTheRouter() {
    Composition<LLMInferenceService> c =
        FiveMinuteTour.compose(FiveMinuteTour.multiNodeService(), QUIET);

    assertThat(c.succeeded()).as(c.condition().message()).isTrue();
    assertThat(c.appliedConfigs())
        .extracting(AppliedConfigRef::name)
        .containsExactly(
            "kserve-config-llm-scheduler",
            "kserve-config-llm-router-route",
            FiveMinuteTour.DATA_PARALLEL_PRESET);
    assertThat(c.origin(FieldPath.parse("worker.containers[name=main].image")))
        .flatMap(o -> o.layer())
        .contains(LayerId.parse("Preset:kserve/" + FiveMinuteTour.DATA_PARALLEL_PRESET));
  }

  @Test
  void renderingGivesALeaderWorkerSetOfTwoPodsInKServesCreationOrder() {
    Rendering r =
        FiveMinuteTour.render(
            FiveMinuteTour.compose(FiveMinuteTour.multiNodeService(), QUIET), QUIET);

    assertThat(r.objects())
        .extracting(o -> o.getKind() + " " + o.getMetadata().getName())
        .containsExactly(
            "ServiceAccount deepseek-r1-kserve-mn",
            "LeaderWorkerSet deepseek-r1-kserve-mn",
            "Service deepseek-r1-kserve-workload-svc",
            "ServiceAccount deepseek-r1-epp-sa",
            "ClusterRoleBinding llm-deepseek-r1-epp-auth-rb",
            "Role deepseek-r1-epp-role",
            "RoleBinding deepseek-r1-epp-rb",
            "Deployment deepseek-r1-kserve-router-scheduler",
            "Service deepseek-r1-epp-service",
            "InferencePool deepseek-r1-inference-pool",
            "HTTPRoute deepseek-r1-kserve-route");
    HasMetadata lws = r.objects().get(1);
    JsonNode spec = LlmisvcMapper.readTree(Rendering.toJson(lws)).path("spec");
    // 16 data-parallel ranks at 8 per pod: a leader and one worker
    assertThat(spec.at("/leaderWorkerTemplate/size").asInt()).isEqualTo(2);
    assertThat(r.required())
        .extracting(o -> o.kind() + " " + o.namespace() + "/" + o.name())
        .containsExactly(
            "Secret llm/deepseek-r1-kserve-self-signed-certs",
            "Gateway kserve/kserve-ingress-gateway");
  }

  @Test
  void thePresetChangeRestartsOnlyTheMultiNodeService() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FleetSummary summary =
        FiveMinuteTour.diff(
            FiveMinuteTour.fleet(),
            FiveMinuteTour.changedPreset(),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(summary).isEqualTo(new FleetSummary(3, 1, 0, 0, 2, 0));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList())
        .startsWith(
            "llm/deepseek-r1: RESTARTS_PODS",
            "  CHANGED LeaderWorkerSet llm/deepseek-r1-kserve-mn (leaderworkerset.x-k8s.io/v1)",
            "    spec.leaderWorkerTemplate.leaderTemplate.spec.containers[name=main].image:"
                + " \"ghcr.io/llm-d/llm-d-cuda:v0.9.0\" -> \"ghcr.io/llm-d/llm-d-cuda:v0.10.0\"",
            "    spec.leaderWorkerTemplate.workerTemplate.spec.containers[name=main].image:"
                + " \"ghcr.io/llm-d/llm-d-cuda:v0.9.0\" -> \"ghcr.io/llm-d/llm-d-cuda:v0.10.0\"",
            "llm/qwen2-7b: UNCHANGED",
            "team-a/opt-125m: UNCHANGED");
  }

  @Test
  void theWholeTourRunsFromItsMain() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FiveMinuteTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(
            "# compose\n", "# render\n", "LeaderWorkerSet deepseek-r1-kserve-mn\n", "# diff\n");
  }

  @Test
  void theFleetOfTheShellSessionsIsTheTourFleet() throws IOException {
    for (LLMInferenceService s : FiveMinuteTour.fleet()) {
      Path file = TOUR.resolve("fleet").resolve(s.metadata().get().getName() + ".yaml");
      assertThat(LlmisvcMapper.read(file, LLMInferenceService.class)).as("%s", file).isEqualTo(s);
    }
    try (var files = Files.list(TOUR.resolve("fleet"))) {
      assertThat(files.count()).isEqualTo(FiveMinuteTour.fleet().size());
    }
  }

  /**
   * The changed preset the shell sessions diff with is the tour's: KServe's preset with two images
   * changed. It follows the built-in catalog, so a catalog update rewrites it under the one golden
   * update flag (and fails the run: read its diff first).
   */
  @Test
  void theProposedPresetOfTheShellSessionsIsTheTourPresetChange() throws IOException {
    Path file = TOUR.resolve("proposed").resolve(FiveMinuteTour.DATA_PARALLEL_PRESET + ".yaml");
    LLMInferenceServiceConfig expected = FiveMinuteTour.changedPreset();
    if (Boolean.getBoolean("llmisvc.golden.update")) {
      List<String> header =
          Files.readAllLines(file).stream().takeWhile(l -> l.startsWith("#")).toList();
      String text = String.join("\n", header) + "\n" + LlmisvcMapper.writeYaml(expected);
      if (!text.equals(Files.readString(file))) {
        Files.writeString(file, text);
        fail("rewrote %s: read its diff before committing it", file);
      }
    }
    // compared as written: Embedded pod specs compare their trees, where a long read from YAML
    // (IntNode) and the same long from a fabric8 builder (LongNode) differ
    assertThat(LlmisvcMapper.writeYaml(LlmisvcMapper.read(file, LLMInferenceServiceConfig.class)))
        .isEqualTo(LlmisvcMapper.writeYaml(expected));
  }
}
