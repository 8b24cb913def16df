package dev.llmisvc.compose.internal;

import static dev.llmisvc.compose.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PresetSelectorTest {

  @Test
  void bareSpecGetsTheSingleNodeTemplateOnly() {
    assertThat(PresetSelector.select(yaml("model: {uri: hf://m}")))
        .containsExactly("config-llm-template");
  }

  @Test
  void managedSchedulerAndRouteComeBeforeTheWorkload() {
    assertThat(PresetSelector.select(yaml("router: {route: {}, scheduler: {}}")))
        .containsExactly("config-llm-scheduler", "config-llm-router-route", "config-llm-template");
  }

  @Test
  void poolRefSuppressesTheSchedulerPreset() {
    assertThat(PresetSelector.select(yaml("router: {scheduler: {pool: {ref: {name: p}}}}")))
        .containsExactly("config-llm-template");
  }

  @Test
  void emptyPoolRefNameStillGetsTheSchedulerPreset() {
    assertThat(PresetSelector.select(yaml("router: {scheduler: {pool: {ref: {name: ''}}}}")))
        .containsExactly("config-llm-scheduler", "config-llm-template");
  }

  @Test
  void tokenizerFieldAddsTheTokenizerEvenWithAPoolRef() {
    assertThat(
            PresetSelector.select(
                yaml("router: {scheduler: {tokenizer: {}, pool: {ref: {name: p}}}}")))
        .containsExactly("config-llm-tokenizer", "config-llm-template");
  }

  @Test
  void tokenProducerPluginInInlineConfigAddsTheTokenizer() {
    JsonNode shape =
        yaml(
            """
            router:
              scheduler:
                config:
                  inline:
                    plugins:
                      - type: token-producer
            """);
    assertThat(PresetSelector.select(shape))
        .containsExactly("config-llm-scheduler", "config-llm-tokenizer", "config-llm-template");
  }

  @Test
  void precisePrefixCacheScorerInYamlTextAddsTheTokenizer() {
    JsonNode shape =
        yaml(
            """
            router:
              scheduler:
                config:
                  inline: |
                    plugins:
                    - type: precise-prefix-cache-scorer
            """);
    assertThat(PresetSelector.select(shape)).contains("config-llm-tokenizer");
  }

  @Test
  void latencyProducerFromConfigTextArgAddsThePredictorAfterTheTokenizer() {
    JsonNode shape =
        yaml(
            """
            router:
              scheduler:
                tokenizer: {}
                template:
                  containers:
                    - name: sidecar
                      args: [--config-text, "plugins: [{type: token-producer}]"]
                    - name: main
                      args:
                        - --v=4
                        - -configText
                        - |
                          plugins:
                          - type: predicted-latency-producer
            """);
    assertThat(PresetSelector.select(shape))
        .containsExactly(
            "config-llm-scheduler",
            "config-llm-tokenizer",
            "config-llm-scheduler-latency-predictor",
            "config-llm-template");
  }

  @Test
  void configFileFlagYieldsNoConfig() {
    JsonNode scheduler =
        yaml(
            """
            template:
              containers:
                - name: main
                  args: [--config-file, /etc/epp.yaml, --config-text, "plugins: [{type: token-producer}]"]
            """);
    assertThat(PresetSelector.schedulerConfig(scheduler)).isEmpty();
    assertThat(PresetSelector.tokenizerEnabled(scheduler)).isFalse();
  }

  @Test
  void onlyTheFirstMainContainerIsScanned() {
    JsonNode scheduler =
        yaml(
            """
            template:
              containers:
                - name: main
                  args: [--v=2]
                - name: main
                  args: [--config-text, "plugins: [{type: token-producer}]"]
            """);
    assertThat(PresetSelector.tokenizerEnabled(scheduler)).isFalse();
  }

  @Test
  void flagWithoutAValueIsIgnored() {
    JsonNode scheduler = yaml("template: {containers: [{name: main, args: [--config-text]}]}");
    assertThat(PresetSelector.schedulerConfig(scheduler)).isEmpty();
  }

  @Test
  void inlineConfigWinsOverArgs() {
    JsonNode scheduler =
        yaml(
            """
            config: {inline: {plugins: []}}
            template:
              containers:
                - name: main
                  args: [--config-text, "plugins: [{type: token-producer}]"]
            """);
    assertThat(PresetSelector.tokenizerEnabled(scheduler)).isFalse();
  }

  @Test
  void unparsableOrMistypedConfigMeansNo() {
    assertThat(PresetSelector.latencyProducer(yaml("config: {inline: 'plugins: [unclosed'}")))
        .isFalse();
    assertThat(PresetSelector.latencyProducer(yaml("config: {inline: {plugins: oops}}"))).isFalse();
  }

  @Test
  void pluginEntriesThatAreNotMapsAreSkippedAsKServeDoes() {
    // hasPluginType (scheduler_latency_predictor.go at aaac4e2) skips non-map entries
    assertThat(
            PresetSelector.latencyProducer(
                yaml("config: {inline: {plugins: [x, {type: predicted-latency-producer}]}}")))
        .isTrue();
    assertThat(
            PresetSelector.latencyProducer(
                yaml("config: {inline: {plugins: [x, 3, {type: other}]}}")))
        .isFalse();
  }

  @Test
  void configRefIsNotConsulted() {
    assertThat(PresetSelector.schedulerConfig(yaml("config: {ref: {name: cm}}"))).isEmpty();
  }

  @Test
  void routeRefsSuppressTheRoutePresetButInlineSpecDoesNot() {
    assertThat(PresetSelector.select(yaml("router: {route: {http: {refs: [{name: r}]}}}")))
        .containsExactly("config-llm-template");
    assertThat(PresetSelector.select(yaml("router: {route: {http: {refs: []}}}")))
        .containsExactly("config-llm-router-route", "config-llm-template");
    assertThat(PresetSelector.select(yaml("router: {route: {http: {spec: {rules: []}}}}")))
        .containsExactly("config-llm-router-route", "config-llm-template");
  }

  @Test
  void emptyTracingTurnsTracingOn() {
    assertThat(PresetSelector.select(yaml("tracing: {}")))
        .containsExactly("config-llm-tracing", "config-llm-template");
  }

  @Test
  void workerWithDataParallelism() {
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {data: 4, dataLocal: 2}")))
        .containsExactly("config-llm-worker-data-parallel");
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {dataLocal: 2}")))
        .containsExactly("config-llm-worker-data-parallel");
  }

  @Test
  void workerWithPipelineParallelismPicksTheUnshippedPreset() {
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {pipeline: 2}")))
        .containsExactly("config-llm-worker-pipeline-parallel");
  }

  @Test
  void dataParallelWinsOverPipeline() {
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {data: 2, pipeline: 2}")))
        .containsExactly("config-llm-worker-data-parallel");
  }

  @Test
  void workerWithOnlyTensorGetsNoWorkloadPreset() {
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {tensor: 8}"))).isEmpty();
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {data: 0}"))).isEmpty();
  }

  @Test
  void emptyPrefillSwitchesToPrefillAndDecodeTemplates() {
    assertThat(PresetSelector.select(yaml("prefill: {}")))
        .containsExactly("config-llm-prefill-template", "config-llm-decode-template");
  }

  @Test
  void prefillAndDecodeMultiNodeDataParallel() {
    JsonNode shape =
        yaml(
            """
            worker: {}
            parallelism: {data: 8, dataLocal: 4}
            prefill:
              worker: {}
              parallelism: {data: 4, dataLocal: 4}
            """);
    assertThat(PresetSelector.select(shape))
        .containsExactly(
            "config-llm-prefill-worker-data-parallel", "config-llm-decode-worker-data-parallel");
  }

  @Test
  void prefillAndDecodePipelineParallel() {
    JsonNode shape =
        yaml(
            """
            worker: {}
            parallelism: {pipeline: 2}
            prefill: {worker: {}, parallelism: {pipeline: 2}}
            """);
    assertThat(PresetSelector.select(shape))
        .containsExactly(
            "config-llm-prefill-worker-pipeline-parallel",
            "config-llm-decode-worker-pipeline-parallel");
  }

  @Test
  void prefillBlocksAreDecidedIndependently() {
    assertThat(PresetSelector.select(yaml("prefill: {worker: {}, parallelism: {tensor: 2}}")))
        .containsExactly("config-llm-decode-template");
    assertThat(PresetSelector.select(yaml("worker: {}\nparallelism: {data: 2}\nprefill: {}")))
        .containsExactly("config-llm-prefill-template", "config-llm-decode-worker-data-parallel");
  }

  @Test
  void nullValuesCountAsAbsent() {
    assertThat(PresetSelector.select(yaml("router: {scheduler: null, route: null}\nworker: null")))
        .containsExactly("config-llm-template");
  }

  @Test
  void everythingAtOnceKeepsTheTableOrder() {
    JsonNode shape =
        yaml(
            """
            router:
              route: {}
              scheduler:
                tokenizer: {}
                config: {inline: {plugins: [{type: predicted-latency-producer}]}}
            tracing: {}
            prefill: {}
            """);
    assertThat(PresetSelector.select(shape))
        .containsExactly(
            "config-llm-scheduler",
            "config-llm-tokenizer",
            "config-llm-scheduler-latency-predictor",
            "config-llm-router-route",
            "config-llm-tracing",
            "config-llm-prefill-template",
            "config-llm-decode-template");
  }
}
