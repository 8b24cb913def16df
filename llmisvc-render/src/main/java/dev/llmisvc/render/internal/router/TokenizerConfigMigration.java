package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduler config's tokenizer wiring (§4.12, §4.13): from 0.9.0 with the tokenizer enabled,
 * {@code precise-prefix-cache-scorer} is decomposed into token-producer,
 * precise-prefix-cache-producer and prefix-cache-scorer, and every {@code token-producer} gets the
 * tokenizer's model path and URL; with the legacy {@code tokenizer} sidecar, the UDS settings
 * KServe writes at any version.
 */
final class TokenizerConfigMigration {
  private TokenizerConfigMigration() {}

  static void injectTokenProducer(ObjectNode config, String tokenizerUrl) {
    if (!config.path("plugins").isArray()) {
      return;
    }
    for (JsonNode plugin : config.get("plugins")) {
      if (!(plugin instanceof ObjectNode p)
          || !SchedulerConfigText.TOKEN_PRODUCER.equals(p.path("type").asText(null))) {
        continue;
      }
      ObjectNode params =
          p.path("parameters") instanceof ObjectNode o ? o : p.putObject("parameters");
      if (!params.has("modelName")) {
        params.put("modelName", "/mnt/models/base");
      }
      ObjectNode vllm = params.path("vllm") instanceof ObjectNode o ? o : params.putObject("vllm");
      if (!vllm.has("url")) {
        vllm.put("url", tokenizerUrl);
      }
    }
  }

  /**
   * Replaces {@code precise-prefix-cache-scorer} by token-producer, precise-prefix-cache-producer
   * (with the old parameters minus the tokenizer pool) and prefix-cache-scorer, at its place; other
   * prefix-cache-scorers go, and profile refs follow.
   */
  static void decomposePrecisePrefixScorer(ObjectNode config, String tokenizerUrl) {
    if (!config.path("plugins").isArray()) {
      return;
    }
    ArrayNode plugins = (ArrayNode) config.get("plugins");
    int idx = -1;
    for (int i = 0; i < plugins.size(); i++) {
      if (SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(
          plugins.get(i).path("type").asText(null))) {
        idx = i;
        break;
      }
    }
    if (idx < 0) {
      return;
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode producer = f.objectNode();
    producer.put("type", "precise-prefix-cache-producer");
    ObjectNode producerParams = producerParams(plugins.get(idx).path("parameters"));
    if (producerParams.size() > 0) {
      producer.set("parameters", producerParams);
    }
    ObjectNode tokenProducer = f.objectNode();
    tokenProducer.put("type", SchedulerConfigText.TOKEN_PRODUCER);
    ObjectNode tp = tokenProducer.putObject("parameters");
    tp.put("modelName", "/mnt/models/base");
    tp.putObject("vllm").put("url", tokenizerUrl);
    ObjectNode scorer = f.objectNode();
    scorer.put("type", "prefix-cache-scorer");
    scorer
        .putObject("parameters")
        .put("prefixMatchInfoProducerName", "precise-prefix-cache-producer");

    List<JsonNode> remaining = new ArrayList<>();
    for (int i = 0; i < plugins.size(); i++) {
      if (i != idx && !"prefix-cache-scorer".equals(plugins.get(i).path("type").asText(null))) {
        remaining.add(plugins.get(i));
      }
    }
    int insert = Math.min(idx, remaining.size());
    ArrayNode result = f.arrayNode();
    remaining.subList(0, insert).forEach(result::add);
    result.add(tokenProducer).add(producer).add(scorer);
    remaining.subList(insert, remaining.size()).forEach(result::add);
    config.set("plugins", result);

    if (!config.path("schedulingProfiles").isArray()) {
      return;
    }
    for (JsonNode profile : config.get("schedulingProfiles")) {
      if (!(profile instanceof ObjectNode p) || !p.path("plugins").isArray()) {
        continue;
      }
      ArrayNode deduped = f.arrayNode();
      boolean seen = false;
      for (JsonNode ref : p.get("plugins")) {
        if (ref instanceof ObjectNode r
            && SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(r.path("pluginRef").asText(null))) {
          r.put("pluginRef", "prefix-cache-scorer");
        }
        if ("prefix-cache-scorer".equals(ref.path("pluginRef").asText(null))) {
          if (seen) {
            continue;
          }
          seen = true;
        }
        deduped.add(ref);
      }
      p.set("plugins", deduped);
    }
  }

  /** The old scorer's parameters for the producer: no tokenizer pool, token processor promoted. */
  private static ObjectNode producerParams(JsonNode params) {
    ObjectNode migrated = JsonNodeFactory.instance.objectNode();
    if (!params.isObject()) {
      return migrated;
    }
    params
        .properties()
        .iterator()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("indexerConfig")) {
                migrated.set(e.getKey(), e.getValue().deepCopy());
                return;
              }
              if (!e.getValue().isObject()) {
                return;
              }
              ObjectNode cleaned = JsonNodeFactory.instance.objectNode();
              e.getValue()
                  .properties()
                  .iterator()
                  .forEachRemaining(
                      ie -> {
                        if (ie.getKey().equals("tokenizersPoolConfig")) {
                          return;
                        }
                        if (ie.getKey().equals("tokenProcessorConfig")) {
                          if (!params.has("tokenProcessorConfig")) {
                            migrated.set("tokenProcessorConfig", ie.getValue().deepCopy());
                          }
                          return;
                        }
                        cleaned.set(ie.getKey(), ie.getValue().deepCopy());
                      });
              if (cleaned.size() > 0) {
                migrated.set("indexerConfig", cleaned);
              }
            });
    return migrated;
  }

  /**
   * The config rewrites KServe applies, at any version, when the scheduler template still has the
   * legacy {@code tokenizer} sidecar: the precise prefix scorer talks to it over a Unix socket
   * ({@code tokenizersPoolConfig.modelName: base}, {@code uds.socketFile}), {@code
   * tokenProcessorConfig} is copied up from {@code indexerConfig}, and the prefix-cache scorer's
   * {@code blockSize} is copied to {@code blockSizeTokens}.
   */
  static void legacyTokenizerSidecar(PodSpec pod) {
    SchedulerMigrations.mutate(
        pod,
        List.of(
            TokenizerConfigMigration::udsTokenizer,
            TokenizerConfigMigration::tokenProcessorUp,
            TokenizerConfigMigration::blockSizeTokens));
  }

  private static void udsTokenizer(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(p.path("type").asText(null))) {
        ObjectNode pool =
            object(object(object(p, "parameters"), "indexerConfig"), "tokenizersPoolConfig");
        pool.put("modelName", "base");
        object(pool, "uds").put("socketFile", "/tmp/tokenizer/tokenizer-uds.socket");
      }
    }
  }

  private static void tokenProcessorUp(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && SchedulerConfigText.PRECISE_PREFIX_SCORER.equals(p.path("type").asText(null))
          && !p.path("parameters").has("tokenProcessorConfig")
          && p.path("parameters").path("indexerConfig").has("tokenProcessorConfig")) {
        JsonNode tpc = p.get("parameters").get("indexerConfig").get("tokenProcessorConfig");
        ((ObjectNode) p.get("parameters")).set("tokenProcessorConfig", tpc.deepCopy());
      }
    }
  }

  private static void blockSizeTokens(ObjectNode config) {
    for (JsonNode plugin : config.path("plugins")) {
      if (plugin instanceof ObjectNode p
          && "prefix-cache-scorer".equals(p.path("type").asText(null))
          && !p.path("parameters").has("blockSizeTokens")
          && p.path("parameters").has("blockSize")) {
        ((ObjectNode) p.get("parameters"))
            .set("blockSizeTokens", p.get("parameters").get("blockSize").deepCopy());
      }
    }
  }

  /** The object at {@code key}, created (replacing a non-object) when absent. */
  private static ObjectNode object(ObjectNode parent, String key) {
    return parent.get(key) instanceof ObjectNode o ? o : parent.putObject(key);
  }
}
