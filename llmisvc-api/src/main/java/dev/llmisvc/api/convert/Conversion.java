package dev.llmisvc.api.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * KServe's conversion between {@code serving.kserve.io/v1alpha1} and {@code v1alpha2} (docs §9,
 * §7.3), for {@code LLMInferenceService} and {@code LLMInferenceServiceConfig} trees. Inputs are
 * never modified; each call returns a new tree.
 *
 * <pre>{@code
 * ObjectNode hub = Conversion.toV1alpha2(v1alpha1Service);   // criticality -> annotations
 * ObjectNode spoke = Conversion.toV1alpha1(hub);             // and back
 * }</pre>
 *
 * <p>What it keeps and loses, as KServe does: v1alpha1 {@code criticality} (on the model and on
 * top-level adapters) travels as the hub annotations {@value #MODEL_CRITICALITY} and {@value
 * #LORA_CRITICALITIES}; v1alpha2 {@code model.confidential}, {@code kvCacheOffloading}, pool {@code
 * appProtocol} and extra {@code targetPorts}, {@code status.workloads}, {@code
 * status.appliedConfigs}, {@code addresses[].origin/models} and Config {@code status.referencedBy}
 * are lost going down; {@code status.router} is dropped both ways.
 *
 * <p>Divergences from KServe: the Go code shares the annotation map between source and result (so
 * converting up also writes the criticality annotations into the source); here the source is
 * untouched. A v1alpha2 pool with no {@code targetPorts} makes KServe panic; here it is a {@link
 * ConversionException} naming the path. Fields unknown to the Go types are carried along in {@code
 * spec} (the API server would have pruned them before conversion); {@code status} keeps only the
 * fields the Go types copy.
 */
public final class Conversion {
  /** Hub annotation holding the v1alpha1 {@code spec.model.criticality}. */
  public static final String MODEL_CRITICALITY = "internal.serving.kserve.io/model-criticality";

  /**
   * Hub annotation holding the v1alpha1 {@code spec.model.lora.adapters[i].criticality} values as a
   * JSON object {@code {"<i>":"<value>"}}.
   */
  public static final String LORA_CRITICALITIES = "internal.serving.kserve.io/lora-criticalities";

  private static final ObjectMapper JSON = dev.llmisvc.api.yaml.LlmisvcMapper.json();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String POOL = "spec.router.scheduler.pool.spec";
  private static final List<String> ADDRESSABLE = List.of("name", "url", "CACerts", "audience");

  private Conversion() {}

  /**
   * Converts a typed v1alpha1 service to v1alpha2, as the API server does before KServe composes.
   *
   * @param service the v1alpha1 service
   * @return the v1alpha2 service; what v1alpha2 cannot hold verbatim is kept in annotations
   */
  public static dev.llmisvc.api.v1alpha2.LLMInferenceService toV1alpha2(
      dev.llmisvc.api.v1alpha1.LLMInferenceService service) {
    return typed(service, ApiVersion.V1ALPHA2, dev.llmisvc.api.v1alpha2.LLMInferenceService.class);
  }

  /**
   * Converts a typed v1alpha2 service to v1alpha1.
   *
   * @param service the v1alpha2 service
   * @return the v1alpha1 service
   * @throws ConversionException when v1alpha1 cannot hold a value
   */
  public static dev.llmisvc.api.v1alpha1.LLMInferenceService toV1alpha1(
      dev.llmisvc.api.v1alpha2.LLMInferenceService service) {
    return typed(service, ApiVersion.V1ALPHA1, dev.llmisvc.api.v1alpha1.LLMInferenceService.class);
  }

  /**
   * Converts a typed v1alpha1 config to v1alpha2.
   *
   * @param config the v1alpha1 config
   * @return the v1alpha2 config
   */
  public static dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig toV1alpha2(
      dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig config) {
    return typed(
        config, ApiVersion.V1ALPHA2, dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig.class);
  }

  /**
   * Converts a typed v1alpha2 config to v1alpha1.
   *
   * @param config the v1alpha2 config
   * @return the v1alpha1 config
   * @throws ConversionException when v1alpha1 cannot hold a value
   */
  public static dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig toV1alpha1(
      dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig config) {
    return typed(
        config, ApiVersion.V1ALPHA1, dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig.class);
  }

  private static <T> T typed(Object value, ApiVersion target, Class<T> type) {
    ObjectNode tree = (ObjectNode) dev.llmisvc.api.yaml.LlmisvcMapper.toTree(value);
    return dev.llmisvc.api.yaml.LlmisvcMapper.fromTree(convert(tree, target), type);
  }

  /**
   * A tree in the requested version; a copy of the input when it is already in that version.
   *
   * @throws IllegalArgumentException when the tree is not a v1alpha1/v1alpha2 LLMInferenceService
   *     or LLMInferenceServiceConfig
   * @throws ConversionException when KServe's conversion would panic
   */
  public static ObjectNode convert(ObjectNode resource, ApiVersion target) {
    return target == ApiVersion.V1ALPHA2 ? toV1alpha2(resource) : toV1alpha1(resource);
  }

  /** v1alpha1 to the hub ({@code ConvertTo}); a v1alpha2 tree is returned as a copy. */
  public static ObjectNode toV1alpha2(ObjectNode resource) {
    boolean config = kindIsConfig(resource);
    if (ApiVersion.of(resource) == ApiVersion.V1ALPHA2) {
      return resource.deepCopy();
    }
    ObjectNode out = resource.deepCopy();
    out.put("apiVersion", ApiVersion.V1ALPHA2.apiVersion());
    if (out.get("spec") instanceof ObjectNode spec) {
      ObjectNode model = spec.get("model") instanceof ObjectNode m ? m : null;
      if (model != null) {
        String criticality = text(model.get("criticality"));
        if (!criticality.isEmpty()) {
          annotations(out).put(MODEL_CRITICALITY, criticality);
        }
        model.remove("criticality");
        if (at(model, "lora", "adapters")
            instanceof com.fasterxml.jackson.databind.node.ArrayNode adapters) {
          Map<String, String> saved = new TreeMap<>(); // Go's json.Marshal sorts map keys
          for (int i = 0; i < adapters.size(); i++) {
            String c = text(at(adapters.get(i), "criticality"));
            if (!c.isEmpty()) {
              saved.put(Integer.toString(i), c);
            }
            stripAdapters(adapters.get(i), "criticality");
          }
          if (!saved.isEmpty()) {
            annotations(out).put(LORA_CRITICALITIES, json(saved));
          }
        }
      }
      if (at(spec, "router", "scheduler", "pool") instanceof ObjectNode pool
          && pool.get("spec") instanceof ObjectNode poolSpec) {
        pool.set("spec", PoolConversion.toV1(poolSpec));
      }
    }
    convertStatus(out, config, ApiVersion.V1ALPHA2);
    return out;
  }

  /** The hub down to v1alpha1 ({@code ConvertFrom}); a v1alpha1 tree is returned as a copy. */
  public static ObjectNode toV1alpha1(ObjectNode resource) {
    boolean config = kindIsConfig(resource);
    if (ApiVersion.of(resource) == ApiVersion.V1ALPHA1) {
      return resource.deepCopy();
    }
    ObjectNode out = resource.deepCopy();
    out.put("apiVersion", ApiVersion.V1ALPHA1.apiVersion());
    if (out.get("spec") instanceof ObjectNode spec) {
      if (spec.get("model") instanceof ObjectNode model) {
        model.remove("confidential");
        if (at(model, "lora", "adapters")
            instanceof com.fasterxml.jackson.databind.node.ArrayNode adapters) {
          adapters.forEach(a -> stripAdapters(a, "confidential"));
        }
      }
      spec.remove("kvCacheOffloading");
      if (spec.get("prefill") instanceof ObjectNode prefill) {
        prefill.remove("kvCacheOffloading");
      }
      if (at(spec, "router", "scheduler", "pool") instanceof ObjectNode pool
          && pool.get("spec") instanceof ObjectNode poolSpec) {
        pool.set("spec", PoolConversion.toV1alpha2Pool(poolSpec, POOL));
      }
    }
    restoreCriticality(out);
    convertStatus(out, config, ApiVersion.V1ALPHA1);
    return out;
  }

  /**
   * KServe's {@code restoreCriticalityFromAnnotations}: an empty annotation is left alone (kept,
   * nothing restored); the LoRA annotation is removed once read, and restores nothing unless it
   * decodes whole as Go's {@code map[int]string} (every key a 64-bit integer, every value a string
   * or null).
   */
  private static void restoreCriticality(ObjectNode out) {
    if (!(at(out, "metadata", "annotations") instanceof ObjectNode annotations)) {
      return;
    }
    JsonNode model = annotations.get(MODEL_CRITICALITY);
    if (model != null && !model.asText("").isEmpty()) {
      annotations.remove(MODEL_CRITICALITY);
      modelOf(out).put("criticality", model.asText());
    }
    JsonNode lora = annotations.get(LORA_CRITICALITIES);
    if (lora != null && !lora.asText("").isEmpty()) {
      annotations.remove(LORA_CRITICALITIES);
      Map<Long, String> saved = goIntStringMap(lora.asText());
      if (at(out, "spec", "model", "lora") instanceof ObjectNode loraSpec
          && loraSpec.get("adapters")
              instanceof com.fasterxml.jackson.databind.node.ArrayNode adapters) {
        for (int i = 0; i < adapters.size(); i++) {
          String c = saved.get((long) i);
          if (c != null && adapters.get(i) instanceof ObjectNode adapter) {
            adapter.put("criticality", c);
          }
        }
      }
    }
    if (annotations.isEmpty()) {
      ((ObjectNode) out.get("metadata")).remove("annotations");
    }
  }

  /**
   * {@code json.Unmarshal} into a {@code map[int]string}: all or nothing, as Go fails the whole
   * decode on one bad key or value.
   */
  private static Map<Long, String> goIntStringMap(String text) {
    JsonNode saved;
    try {
      saved = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
    if (saved == null || !saved.isObject()) {
      return Map.of(); // null decodes to a nil map; anything else is a type error
    }
    Map<Long, String> out = new java.util.HashMap<>();
    for (Map.Entry<String, JsonNode> e : saved.properties()) {
      long key;
      try {
        key = Long.parseLong(e.getKey()); // strconv.ParseInt(key, 10, 64)
      } catch (NumberFormatException ex) {
        return Map.of();
      }
      JsonNode v = e.getValue();
      if (!(v.isTextual() || v.isNull())) {
        return Map.of();
      }
      out.put(key, v.isNull() ? "" : v.textValue());
    }
    return out;
  }

  private static ObjectNode modelOf(ObjectNode out) {
    ObjectNode spec = out.get("spec") instanceof ObjectNode s ? s : out.putObject("spec");
    return spec.get("model") instanceof ObjectNode m ? m : spec.putObject("model");
  }

  /** Removes a field from an adapter and, recursively, from its nested adapters. */
  private static void stripAdapters(JsonNode adapter, String field) {
    if (adapter instanceof ObjectNode a) {
      a.remove(field);
      JsonNode nested = at(a, "lora", "adapters");
      if (nested.isArray()) {
        nested.forEach(n -> stripAdapters(n, field));
      }
    }
  }

  private static void convertStatus(ObjectNode out, boolean config, ApiVersion target) {
    if (!(out.get("status") instanceof ObjectNode status)) {
      return;
    }
    ObjectNode converted = NODES.objectNode();
    List<String> copied =
        config
            ? List.of("observedGeneration", "conditions", "annotations")
            : List.of("url", "observedGeneration", "conditions", "annotations", "address");
    for (String f : copied) {
      if (status.has(f)) {
        converted.set(f, status.get(f));
      }
    }
    if (!config
        && status.get("addresses")
            instanceof com.fasterxml.jackson.databind.node.ArrayNode addresses) {
      com.fasterxml.jackson.databind.node.ArrayNode wrapped = converted.putArray("addresses");
      for (JsonNode a : addresses) {
        ObjectNode addressable = NODES.objectNode();
        for (String f : ADDRESSABLE) {
          if (a.has(f)) {
            addressable.set(f, a.get(f));
          }
        }
        wrapped.add(addressable);
      }
    }
    // status.router is not converted in either direction; workloads, appliedConfigs and
    // referencedBy do not exist in v1alpha1.
    out.set("status", converted);
  }

  private static boolean kindIsConfig(ObjectNode resource) {
    String kind = text(resource.get("kind"));
    return switch (kind) {
      case "LLMInferenceService" -> false;
      case "LLMInferenceServiceConfig" -> true;
      default ->
          throw new IllegalArgumentException(
              "kind "
                  + (kind.isEmpty() ? "(missing)" : "\"" + kind + "\"")
                  + " is not LLMInferenceService or LLMInferenceServiceConfig");
    };
  }

  private static ObjectNode annotations(ObjectNode out) {
    ObjectNode metadata =
        out.get("metadata") instanceof ObjectNode m ? m : out.putObject("metadata");
    return metadata.get("annotations") instanceof ObjectNode a
        ? a
        : metadata.putObject("annotations");
  }

  static JsonNode at(JsonNode node, String... keys) {
    JsonNode n = node;
    for (String k : keys) {
      if (n == null || !n.isObject()) {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      }
      n = n.get(k);
    }
    return n == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : n;
  }

  static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() || !n.isValueNode() ? "" : n.asText();
  }

  private static String json(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
