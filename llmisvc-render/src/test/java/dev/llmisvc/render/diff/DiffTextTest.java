package dev.llmisvc.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DiffText}: the lines of a service's diff, each piece painted by its role. */
class DiffTextTest {
  private final ServiceDiff imageChange =
      FleetDiff.between(
              FleetDiffTest.BUILTIN,
              FleetDiffTest.setup(
                  FleetDiffTest.patchedPreset(
                      "kserve-config-llm-template",
                      p ->
                          ((ObjectNode) p.at("/spec/template/containers/0"))
                              .put("image", "ghcr.io/llm-d/llm-d-cuda:v0.10.0"))))
          .diff(FleetDiffTest.service(FleetDiffTest.SERVICE));

  @Test
  void theHeadlineTheObjectsAndTheCausesInOrder() {
    List<String> lines = DiffText.service(imageChange);
    assertThat(lines.get(0)).isEqualTo("llm/qwen: restarts pods");
    assertThat(lines)
        .contains("  changed Deployment llm/qwen-kserve (apps/v1)")
        .contains(
            "    spec.template.spec.containers[name=main].image:"
                + " \"ghcr.io/llm-d/llm-d-cuda:v0.9.0\" -> \"ghcr.io/llm-d/llm-d-cuda:v0.10.0\"")
        .contains("  effective spec:");
    assertThat(lines.indexOf("  effective spec:"))
        .isGreaterThan(lines.indexOf("  changed Deployment llm/qwen-kserve (apps/v1)"));
  }

  @Test
  void everyPieceIsPaintedByItsRole() {
    List<String> lines = DiffText.service(imageChange, (role, text) -> "<" + role + ">" + text);
    assertThat(lines.get(0)).startsWith("<SERVICE>llm/qwen:");
    assertThat(lines)
        .contains("    <FILE_HEADER>--- before/Deployment/llm/qwen-kserve")
        .contains("    <REMOVED>-          image: ghcr.io/llm-d/llm-d-cuda:v0.9.0")
        .contains("    <ADDED>+          image: ghcr.io/llm-d/llm-d-cuda:v0.10.0")
        .anySatisfy(l -> assertThat(l).startsWith("    <HUNK>@@"))
        .anySatisfy(l -> assertThat(l).startsWith("    <CONTEXT> "));
  }

  @Test
  void theSummaryCountsEveryImpact() {
    assertThat(DiffText.summary(new FleetSummary(1, 1, 0, 0, 0, 0)))
        .isEqualTo(
            "1 service: 1 would restart pods, 0 routing only, 0 with other changes, 0 unchanged,"
                + " 0 failed");
  }
}
