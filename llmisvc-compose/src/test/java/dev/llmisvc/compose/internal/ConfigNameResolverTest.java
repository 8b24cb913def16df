package dev.llmisvc.compose.internal;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigNameResolverTest {

  @Test
  void attachPinsTheElevenWellKnownNames() {
    ObjectNode svc = yaml("metadata: {name: s}");
    ConfigNameResolver.defaults().attach(svc);
    ObjectNode annotations = (ObjectNode) svc.at("/status/annotations");
    assertThat(annotations.size()).isEqualTo(11);
    assertThat(annotations.get("serving.kserve.io/config-llm-template").asText())
        .isEqualTo("kserve-config-llm-template");
    assertThat(annotations.get("serving.kserve.io/config-llm-router-route").asText())
        .isEqualTo("kserve-config-llm-router-route");
    assertThat(annotations.has("serving.kserve.io/config-llm-worker-pipeline-parallel")).isFalse();
  }

  @Test
  void attachKeepsNonEmptyPinsAndOtherAnnotationsAndFillsEmptyOnes() {
    ObjectNode svc =
        yaml(
            """
            status:
              annotations:
                other: x
                serving.kserve.io/config-llm-template: v1-config-llm-template
                serving.kserve.io/config-llm-scheduler: ""
            """);
    new ConfigNameResolver("v2-", true).attach(svc);
    ObjectNode annotations = (ObjectNode) svc.at("/status/annotations");
    assertThat(annotations.get("other").asText()).isEqualTo("x");
    assertThat(annotations.get("serving.kserve.io/config-llm-template").asText())
        .isEqualTo("v1-config-llm-template");
    assertThat(annotations.get("serving.kserve.io/config-llm-scheduler").asText())
        .isEqualTo("v2-config-llm-scheduler");
    assertThat(annotations.size()).isEqualTo(12);
  }

  @Test
  void attachWritesNothingWhenVersioningIsOff() {
    ObjectNode svc = yaml("metadata: {name: s}");
    new ConfigNameResolver("kserve-", false).attach(svc);
    assertThat(svc.has("status")).isFalse();
  }

  @Test
  void resolveFollowsThePinAfterAPrefixChange() {
    ObjectNode svc = yaml("metadata: {name: s}");
    new ConfigNameResolver("v1-", true).attach(svc);
    ConfigNameResolver upgraded = new ConfigNameResolver("v2-", true);
    assertThat(upgraded.presetName(svc, "config-llm-template")).isEqualTo("v1-config-llm-template");
    assertThat(upgraded.resolve(svc, "v2-config-llm-scheduler"))
        .isEqualTo("v1-config-llm-scheduler");
  }

  @Test
  void routePresetIsNeverResolvedThroughThePin() {
    ObjectNode svc = yaml("metadata: {name: s}");
    new ConfigNameResolver("v1-", true).attach(svc);
    assertThat(new ConfigNameResolver("v2-", true).presetName(svc, "config-llm-router-route"))
        .isEqualTo("v2-config-llm-router-route");
  }

  @Test
  void resolveReturnsAnEmptyPinAsIs() {
    ObjectNode svc = yaml("status: {annotations: {serving.kserve.io/config-llm-template: ''}}");
    assertThat(ConfigNameResolver.defaults().resolve(svc, "kserve-config-llm-template")).isEmpty();
  }

  @Test
  void resolveWithoutAnnotationsOrWithVersioningOffReturnsTheName() {
    assertThat(ConfigNameResolver.defaults().resolve(yaml("status: {}"), "kserve-x"))
        .isEqualTo("kserve-x");
    ObjectNode pinned = yaml("status: {annotations: {serving.kserve.io/config-llm-template: old}}");
    assertThat(
            new ConfigNameResolver("kserve-", false).resolve(pinned, "kserve-config-llm-template"))
        .isEqualTo("kserve-config-llm-template");
  }

  @Test
  void resolveOfANameWithoutThePrefixLooksUpTheFullName() {
    ObjectNode svc = yaml("status: {annotations: {serving.kserve.io/my-config: pinned}}");
    assertThat(ConfigNameResolver.defaults().resolve(svc, "my-config")).isEqualTo("pinned");
    assertThat(ConfigNameResolver.defaults().resolve(svc, "other")).isEqualTo("other");
  }

  @Test
  void pipelineParallelNamesResolveToThemselves() {
    ObjectNode svc = yaml("metadata: {name: s}");
    ConfigNameResolver.defaults().attach(svc);
    assertThat(ConfigNameResolver.defaults().presetName(svc, "config-llm-worker-pipeline-parallel"))
        .isEqualTo("kserve-config-llm-worker-pipeline-parallel");
  }

  @Test
  void environmentFollowsGoParseBool() {
    assertThat(ConfigNameResolver.fromEnvironment(Map.of()).versioned()).isTrue();
    for (String yes : new String[] {"1", "t", "T", "TRUE", "true", "True"}) {
      assertThat(
              ConfigNameResolver.fromEnvironment(
                      Map.of("LLM_INFERENCE_SERVICE_VERSIONED_CONFIG", yes))
                  .versioned())
          .as(yes)
          .isTrue();
    }
    for (String no : new String[] {"0", "f", "false", "yes", "on", "tRUE", ""}) {
      assertThat(
              ConfigNameResolver.fromEnvironment(
                      Map.of("LLM_INFERENCE_SERVICE_VERSIONED_CONFIG", no))
                  .versioned())
          .as(no)
          .isFalse();
    }
    assertThat(
            ConfigNameResolver.fromEnvironment(
                    Map.of("LLM_INFERENCE_SERVICE_CONFIG_PREFIX", "acme-"))
                .prefix())
        .isEqualTo("acme-");
    assertThat(ConfigNameResolver.fromEnvironment(Map.of()).prefix()).isEqualTo("kserve-");
    assertThat(WellKnownConfigs.systemNamespace(Map.of())).isEqualTo("kserve");
    assertThat(WellKnownConfigs.systemNamespace(Map.of("POD_NAMESPACE", "sys"))).isEqualTo("sys");
  }
}
