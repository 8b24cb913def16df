package dev.llmisvc.render.internal.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version-gated config rewrites of rendering.md §4.13 ({@link SchedulerMigrations}). */
class SchedulerMigrationsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static ObjectNode yaml(String text) throws Exception {
    return (ObjectNode) YAML.readTree(text);
  }

  @Test
  void versionsCompareLikeGoSemver() {
    assertThat(SchedulerVersion.parse("0.10.0").atLeast(0, 9, 0)).isTrue();
    assertThat(SchedulerVersion.parse("0.7.0-rc1").atLeast(0, 7, 0)).isFalse();
    assertThat(SchedulerVersion.parse("0.7.0+build").atLeast(0, 7, 0)).isTrue();
    assertThatThrownBy(() -> SchedulerVersion.parse("v0.10"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pdProfileHandlerThresholdZeroBecomesAlwaysDisaggDecider() throws Exception {
    ObjectNode config =
        yaml(
            "kind: EndpointPickerConfig\n"
                + "plugins:\n"
                + "- type: prefill-filter\n"
                + "- type: pd-profile-handler\n"
                + "  parameters:\n"
                + "    threshold: 0\n"
                + "    hashBlockSize: 5\n"
                + "schedulingProfiles:\n"
                + "- name: p\n"
                + "  plugins:\n"
                + "  - pluginRef: pd-profile-handler\n");
    PluginCleanups.renamePlugin(config, "pd-profile-handler", "disagg-profile-handler");
    DisaggProfileMigration.migrateDisaggProfileParams(config);
    assertThat(config)
        .isEqualTo(
            yaml(
                "kind: EndpointPickerConfig\n"
                    + "plugins:\n"
                    + "- type: prefill-filter\n"
                    + "- type: always-disagg-pd-decider\n"
                    + "- type: disagg-profile-handler\n"
                    + "  parameters:\n"
                    + "    hashBlockSize: 5\n"
                    + "    deciders:\n"
                    + "      prefill: always-disagg-pd-decider\n"
                    + "schedulingProfiles:\n"
                    + "- name: p\n"
                    + "  plugins:\n"
                    + "  - pluginRef: disagg-profile-handler\n"));
  }

  @Test
  void positiveThresholdBecomesPrefixDeciderWithTokensRoundedUp() throws Exception {
    ObjectNode config =
        yaml(
            "kind: K\nplugins:\n- type: disagg-profile-handler\n  parameters:\n    threshold: 10\n");
    DisaggProfileMigration.migrateDisaggProfileParams(config);
    assertThat(config)
        .isEqualTo(
            yaml(
                "kind: K\nplugins:\n- type: prefix-based-pd-decider\n  parameters:\n"
                    + "    nonCachedTokens: 3\n- type: disagg-profile-handler\n  parameters:\n"
                    + "    deciders:\n      prefill: prefix-based-pd-decider\n"));
  }

  @Test
  void modelServerMetricFlagsLeaveCommandAndArgsInBothForms() {
    PodSpec pod =
        new PodSpecBuilder()
            .addNewContainer()
            .withName("main")
            .withCommand(
                "/app/epp",
                "--model-server-metrics-scheme=https",
                "",
                "--model-server-metrics-port",
                "9")
            .withArgs("--model-server-metrics-path", "/m", "--x")
            .endContainer()
            .build();
    Map<String, String> params = MetricFlagMigration.extractModelServerMetricFlags(pod);
    assertThat(params)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("model-server-metrics-scheme", "https", "model-server-metrics-path", "/m"));
    assertThat(pod.getContainers().get(0).getCommand()).containsExactly("/app/epp", "");
    assertThat(pod.getContainers().get(0).getArgs()).containsExactly("--x");
  }

  @Test
  void nonYamlConfigTextIsLeftAlone() {
    RouterContext context =
        new RouterContext(
            RouterPitfallsTest.service("a", "ns", RouterPitfallsTest.MANAGED),
            dev.llmisvc.api.settings.ControllerSettings.defaults(),
            dev.llmisvc.render.context.ClusterFacts.offline(),
            p -> p);
    PodSpec pod =
        new PodSpecBuilder()
            .addNewContainer()
            .withName("main")
            .withArgs("--config-text", "just words", "--configText", "kind: K\nb: 1\n")
            .endContainer()
            .build();
    SchedulerMigrations.apply(context, Map.of("app.kubernetes.io/version", "0.10.0"), pod);
    // KServe stops at the first config text that does not parse as an object.
    assertThat(pod.getContainers().get(0).getArgs())
        .isEqualTo(List.of("--config-text", "just words", "--configText", "kind: K\nb: 1\n"));
  }

  @Test
  void deprecatedMetricFlagsBecomeACoreMetricsExtractorPlugin() {
    RouterContext context =
        new RouterContext(
            RouterPitfallsTest.service("a", "ns", RouterPitfallsTest.MANAGED),
            dev.llmisvc.api.settings.ControllerSettings.defaults(),
            dev.llmisvc.render.context.ClusterFacts.offline(),
            p -> p);
    PodSpec pod =
        new PodSpecBuilder()
            .addNewContainer()
            .withName("main")
            .withArgs(
                "--kv-cache-usage-percentage-metric=vllm:kv",
                "--config-text",
                "kind: EndpointPickerConfig\nplugins:\n- type: queue-scorer\n")
            .endContainer()
            .build();
    SchedulerMigrations.apply(context, Map.of("app.kubernetes.io/version", "0.8.0"), pod);
    List<String> args = pod.getContainers().get(0).getArgs();
    assertThat(args.get(0)).isEqualTo("--config-text");
    assertThat(args.get(1))
        .isEqualTo(
            "kind: EndpointPickerConfig\n"
                + "plugins:\n"
                + "- type: queue-scorer\n"
                + "- name: core-metrics-extractor\n"
                + "  parameters:\n"
                + "    defaultEngine: vllm\n"
                + "    engineConfigs:\n"
                + "    - kvUsageSpec: vllm:kv\n"
                + "      name: vllm\n"
                + "    engineLabelKey: inference.networking.k8s.io/engine-type\n"
                + "  type: core-metrics-extractor\n");
  }

  @Test
  void precisePrefixScorerIsDecomposedWhenTheTokenizerIsOn() throws Exception {
    ObjectNode config =
        yaml(
            "kind: K\n"
                + "plugins:\n"
                + "- type: prefix-cache-scorer\n"
                + "- type: precise-prefix-cache-scorer\n"
                + "  parameters:\n"
                + "    indexerConfig:\n"
                + "      tokenizersPoolConfig: {a: 1}\n"
                + "      tokenProcessorConfig: {blockSize: 16}\n"
                + "      kvBlockIndexConfig: {b: 2}\n"
                + "- type: max-score-picker\n"
                + "schedulingProfiles:\n"
                + "- name: default\n"
                + "  plugins:\n"
                + "  - pluginRef: precise-prefix-cache-scorer\n"
                + "  - pluginRef: prefix-cache-scorer\n"
                + "  - pluginRef: max-score-picker\n");
    TokenizerConfigMigration.decomposePrecisePrefixScorer(config, "http://t:8000");
    assertThat(config)
        .isEqualTo(
            yaml(
                "kind: K\n"
                    + "plugins:\n"
                    + "- type: max-score-picker\n"
                    + "- type: token-producer\n"
                    + "  parameters: {modelName: /mnt/models/base, vllm: {url: 'http://t:8000'}}\n"
                    + "- type: precise-prefix-cache-producer\n"
                    + "  parameters:\n"
                    + "    tokenProcessorConfig: {blockSize: 16}\n"
                    + "    indexerConfig: {kvBlockIndexConfig: {b: 2}}\n"
                    + "- type: prefix-cache-scorer\n"
                    + "  parameters: {prefixMatchInfoProducerName: precise-prefix-cache-producer}\n"
                    + "schedulingProfiles:\n"
                    + "- name: default\n"
                    + "  plugins:\n"
                    + "  - pluginRef: prefix-cache-scorer\n"
                    + "  - pluginRef: max-score-picker\n"));
  }

  static final String OLD_CONFIG =
      """
      apiVersion: llm-d.ai/v1alpha1
      kind: EndpointPickerConfig
      plugins:
      - type: prefill-header-handler
      - type: prefill-filter
      - type: prefix-cache-scorer
        parameters:
          hashBlockSize: 64
          blockSizeTokens: 16
      - type: always-disagg-pd-decider
      - type: pd-profile-handler
        parameters:
          deciderPluginName: always-disagg-pd-decider
      schedulingProfiles:
      - name: prefill
        plugins:
        - pluginRef: prefill-filter
      """;

  /** KServe's TestFullMigrationPipeline, ported: what 0.6, 0.7 and 0.8 do to an old config. */
  @Test
  void fullPipelineByVersion() throws Exception {
    for (String version : List.of("0.6.0", "0.7.0", "0.8.0")) {
      RouterContext context =
          new RouterContext(
              RouterPitfallsTest.service("a", "ns", RouterPitfallsTest.MANAGED),
              dev.llmisvc.api.settings.ControllerSettings.defaults(),
              dev.llmisvc.render.context.ClusterFacts.offline(),
              p -> p);
      PodSpec pod =
          new PodSpecBuilder()
              .addNewContainer()
              .withName("main")
              .withArgs(
                  "--config-text",
                  OLD_CONFIG,
                  "--total-queued-requests-metric",
                  "vllm:num_requests_waiting",
                  "--grpc-port",
                  "9002")
              .endContainer()
              .build();
      SchedulerMigrations.apply(context, Map.of("app.kubernetes.io/version", version), pod);
      List<String> args = pod.getContainers().get(0).getArgs();
      String config = args.get(1);
      if (version.equals("0.6.0")) {
        assertThat(args)
            .containsExactly(
                "--config-text",
                OLD_CONFIG,
                "--total-queued-requests-metric",
                "vllm:num_requests_waiting",
                "--grpc-port",
                "9002");
        continue;
      }
      assertThat(args).containsExactly("--config-text", config, "--grpc-port", "9002");
      assertThat(config)
          .contains("disagg-headers-handler", "disagg-profile-handler")
          .contains(
              "prefill: always-disagg-pd-decider", "blockSizeTokens", "vllm:num_requests_waiting")
          .doesNotContain("prefill-header-handler", "pd-profile-handler", "deciderPluginName")
          .doesNotContain("hashBlockSize");
      if (version.equals("0.7.0")) {
        assertThat(config)
            .contains("model-server-protocol-metrics")
            .doesNotContain("core-metrics-extractor");
      } else {
        assertThat(config)
            .contains("core-metrics-extractor")
            .doesNotContain("model-server-protocol-metrics");
      }
    }
  }
}
