package dev.llmisvc.examples.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.render.diff.FleetDiff;
import dev.llmisvc.render.diff.Impact;
import dev.llmisvc.render.diff.ObjectChange;
import dev.llmisvc.render.diff.ServiceDiff;
import dev.llmisvc.render.diff.SpecChange;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The preset upgrade example: its printed diff equals {@code golden/diff/preset-upgrade.txt}, and
 * the reasons for that text are asserted on their own from the typed diff: which services restart,
 * which only change routing, which are untouched, and which layer caused each change.
 *
 * <p>One instance for all tests: the fleet is diffed once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresetUpgradeDiffExampleTest {
  private static final String TEMPLATE_LAYER = "Preset:kserve/kserve-config-llm-template";
  private static final String SCHEDULER_LAYER = "Preset:kserve/kserve-config-llm-scheduler";
  private static final FieldPath IMAGE = FieldPath.parse("template.containers[name=main].image");
  private static final FieldPath EPP_COMMAND =
      FieldPath.parse("router.scheduler.template.containers[name=main].command");

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final Map<String, ServiceDiff> diffs =
      PresetUpgradeDiffExample.run(new PrintStream(printed, true, StandardCharsets.UTF_8)).stream()
          .collect(Collectors.toMap(ServiceDiff::name, Function.identity()));

  @Test
  void printedDiffMatchesGolden() {
    GoldenText.assertMatches(
        "diff/preset-upgrade.txt",
        "Golden file: PresetUpgradeDiffExample's output (PresetUpgradeDiffExampleTest).\n"
            + "Regenerate with -Dllmisvc.golden.update=true.",
        printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theUpgradeChangesOneValueInEachOfTwoPresets() {
    ObjectNode template = tree(PresetUpgradeDiffExample.builtin("kserve-config-llm-template"));
    ((ObjectNode) template.at("/spec/template/containers/0"))
        .put("image", PresetUpgradeDiffExample.NEW_VLLM_IMAGE);
    assertSameConfig(PresetUpgradeDiffExample.upgradedTemplate(), template, "/spec");

    ObjectNode scheduler = tree(PresetUpgradeDiffExample.builtin("kserve-config-llm-scheduler"));
    scheduler.withArray("/spec/router/scheduler/template/containers/0/command").add("--v").add("3");
    assertSameConfig(
        PresetUpgradeDiffExample.upgradedScheduler(), scheduler, "/spec/router/scheduler");
  }

  @Test
  void workloadsOnTheTemplatePresetRestartAndTheOthersDoNot() {
    assertThat(diffs)
        .extractingFromEntries(e -> e.getKey() + "=" + e.getValue().impact())
        .containsExactlyInAnyOrder(
            "qwen-chat=" + Impact.RESTARTS_PODS,
            "opt-batch=" + Impact.RESTARTS_PODS,
            "llama-pd=" + Impact.ROUTING_ONLY,
            "granite-cpu=" + Impact.UNCHANGED);
    assertThat(PresetUpgradeDiffExample.fleet())
        .extracting(s -> s.name().orElseThrow())
        .containsExactly("qwen-chat", "opt-batch", "llama-pd", "granite-cpu");
  }

  @Test
  void theTemplatePresetCausedTheImageChange() {
    for (String name : List.of("qwen-chat", "opt-batch")) {
      SpecChange image = change(diffs.get(name), IMAGE);
      assertThat(image.before())
          .contains(TextNode.valueOf(PresetUpgradeDiffExample.OLD_VLLM_IMAGE));
      assertThat(image.after()).contains(TextNode.valueOf(PresetUpgradeDiffExample.NEW_VLLM_IMAGE));
      assertThat(image.cause().flatMap(FieldOrigin::layer)).contains(LayerId.parse(TEMPLATE_LAYER));
      assertThat(changed(diffs.get(name))).as(name).contains("Deployment llm/" + name + "-kserve");
    }
  }

  @Test
  void theSchedulerPresetCausedTheEndpointPickerChange() {
    for (String name : List.of("qwen-chat", "llama-pd")) {
      SpecChange command = change(diffs.get(name), EPP_COMMAND);
      assertThat(command.cause().flatMap(FieldOrigin::layer))
          .contains(LayerId.parse(SCHEDULER_LAYER));
      assertThat(command.cause().map(FieldOrigin::templated)).contains(true);
      JsonNode after = command.after().orElseThrow();
      assertThat(after.get(after.size() - 2).asText()).isEqualTo("--v");
      assertThat(after.get(after.size() - 1).asText()).isEqualTo("3");
    }
    assertThat(diffs.get("opt-batch").specChanges())
        .extracting(SpecChange::path)
        .containsExactly(IMAGE);
  }

  @Test
  void prefillDecodePodsComeFromTheirOwnPresetsSoOnlyTheSchedulerChanges() {
    ServiceDiff pd = diffs.get("llama-pd");
    assertThat(changed(pd)).containsExactly("Deployment llm/llama-pd-kserve-router-scheduler");
    assertThat(pd.specChanges()).extracting(SpecChange::path).containsExactly(EPP_COMMAND);
  }

  @Test
  void aServiceWithItsOwnImageAndNoSchedulerIsUntouched() {
    ServiceDiff granite = diffs.get("granite-cpu");
    assertThat(granite.objects()).isEmpty();
    assertThat(granite.specChanges()).isEmpty();
    LLMInferenceService cpu = PresetUpgradeDiffExample.fleet().get(3);
    assertThat(cpu.spec().router().flatMap(r -> r.scheduler())).isEmpty();
  }

  @Test
  void withoutTheUpgradeNothingChanges() {
    FleetDiff same =
        FleetDiff.between(
            PresetUpgradeDiffExample.diff().before(), PresetUpgradeDiffExample.diff().before());
    assertThat(PresetUpgradeDiffExample.fleet())
        .allSatisfy(s -> assertThat(same.diff(s).impact()).isEqualTo(Impact.UNCHANGED));
  }

  @Test
  void summaryCountsTwoRestartsOneRoutingOnlyOneUnchanged() {
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .endsWith(
            "\n4 services: 2 would restart pods, 1 routing only, 0 with other changes,"
                + " 1 unchanged, 0 failed\n");
  }

  private static ObjectNode tree(Object value) {
    return (ObjectNode) LlmisvcMapper.toTree(value);
  }

  /**
   * The config equals the expected tree: its pod template (under {@code parent}) compared as
   * fabric8 {@link PodSpec}s, so the preset's {@code cpu: 6} equals the {@code cpu: "6"} a Quantity
   * writes after a builder edit; everything else compared as trees.
   */
  private static void assertSameConfig(
      LLMInferenceServiceConfig actual, ObjectNode expected, String parent) {
    ObjectNode actualTree = tree(actual);
    assertThat(pod(actualTree.at(parent + "/template")))
        .isEqualTo(pod(expected.at(parent + "/template")));
    ((ObjectNode) actualTree.at(parent)).remove("template");
    ((ObjectNode) expected.at(parent)).remove("template");
    assertThat(actualTree).isEqualTo(expected);
  }

  private static PodSpec pod(JsonNode tree) {
    assertThat(tree.isObject()).as("a pod template").isTrue();
    return LlmisvcMapper.json().convertValue(tree, PodSpec.class);
  }

  private static SpecChange change(ServiceDiff d, FieldPath path) {
    return d.specChanges().stream()
        .filter(c -> c.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(d.name() + ": no change of " + path));
  }

  private static List<String> changed(ServiceDiff d) {
    return d.objects().stream()
        .filter(o -> o.type() == ObjectChange.Type.CHANGED)
        .map(o -> o.ref().kind() + " " + o.ref().namespace() + "/" + o.ref().name())
        .toList();
  }
}
