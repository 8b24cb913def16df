package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configs and ConfigMaps held in memory, keyed by namespace and name. Lookups return deep copies,
 * so callers may change what they get.
 *
 * <pre>{@code
 * ConfigSource source = InMemoryConfigSource.builder("my-team")
 *     .add(gpuProfile, "test")          // an LLMInferenceServiceConfig tree
 *     .add(schedulerConfigMap, "test")  // a ConfigMap tree
 *     .build();
 * }</pre>
 */
public final class InMemoryConfigSource implements ConfigSource {
  /** Kind of the objects served by {@link #config}. */
  public static final String CONFIG_KIND = "LLMInferenceServiceConfig";

  /** Kind of the objects served by {@link #configMap}. */
  public static final String CONFIG_MAP_KIND = "ConfigMap";

  private final Map<String, ConfigDocument> configs = new LinkedHashMap<>();
  private final Map<String, ObjectNode> configMaps = new LinkedHashMap<>();

  /**
   * @param configs the configs; two with the same namespace and name are an error
   * @param configMaps ConfigMap trees, each with {@code metadata.namespace} and {@code name}
   */
  public InMemoryConfigSource(
      Collection<ConfigDocument> configs, Collection<ObjectNode> configMaps) {
    for (ConfigDocument config : configs) {
      ConfigDocument previous = this.configs.putIfAbsent(config.key(), config);
      if (previous != null) {
        throw new IllegalArgumentException(
            "LLMInferenceServiceConfig "
                + config.key()
                + " is defined twice: in "
                + previous.origin()
                + " and in "
                + config.origin());
      }
    }
    for (ObjectNode configMap : configMaps) {
      String key =
          configMap.path("metadata").path("namespace").asText()
              + "/"
              + configMap.path("metadata").path("name").asText();
      if (this.configMaps.putIfAbsent(key, configMap) != null) {
        throw new IllegalArgumentException("ConfigMap " + key + " is defined twice");
      }
    }
  }

  /**
   * A builder that sorts objects by kind.
   *
   * @param defaultNamespace namespace given to objects that have none
   */
  public static Builder builder(String defaultNamespace) {
    return new Builder(defaultNamespace);
  }

  @Override
  public Optional<ConfigDocument> config(String namespace, String name) {
    return Optional.ofNullable(configs.get(namespace + "/" + name))
        .map(d -> new ConfigDocument(d.namespace(), d.name(), d.object().deepCopy(), d.origin()));
  }

  /** The document this source holds, not a copy; see {@link ConfigSource#sharedConfig}. */
  @Override
  public Optional<ConfigDocument> sharedConfig(String namespace, String name) {
    return Optional.ofNullable(configs.get(namespace + "/" + name));
  }

  @Override
  public Optional<ObjectNode> configMap(String namespace, String name) {
    return Optional.ofNullable(configMaps.get(namespace + "/" + name)).map(ObjectNode::deepCopy);
  }

  /** Every config held, in insertion order. */
  public List<ConfigDocument> configs() {
    return List.copyOf(configs.values());
  }

  /** Collects objects of any kind: configs and ConfigMaps are kept, others are ignored. */
  public static final class Builder {
    private final String defaultNamespace;
    private final Map<String, ConfigDocument> configs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> configMaps = new LinkedHashMap<>();

    private Builder(String defaultNamespace) {
      this.defaultNamespace = defaultNamespace;
    }

    /**
     * Adds one object: an LLMInferenceServiceConfig, a ConfigMap, or a {@code kind: List} whose
     * {@code items} are added in turn. Objects of other kinds (an LLMInferenceService given in the
     * same file, say) are ignored. The object is copied; one without {@code metadata.namespace}
     * gets the default namespace.
     *
     * @param object the object tree
     * @param origin where it came from, kept on the resulting {@link ConfigDocument}
     * @throws IllegalArgumentException naming the problem when the object is not usable
     */
    public Builder add(JsonNode object, String origin) {
      if (object == null || !object.isObject()) {
        throw new IllegalArgumentException("expected an object with apiVersion and kind");
      }
      String kind = object.path("kind").asText("");
      if (kind.isEmpty()) {
        throw new IllegalArgumentException("object has no kind");
      }
      switch (kind) {
        case "List":
          JsonNode items = object.get("items");
          if (items == null || items.isNull()) {
            return this;
          }
          if (!items.isArray()) {
            throw new IllegalArgumentException("kind List has items that are not a list");
          }
          int index = 0;
          for (JsonNode item : items) {
            try {
              add(item, origin);
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("items[" + index + "]: " + e.getMessage(), e);
            }
            index++;
          }
          return this;
        case CONFIG_KIND:
          addConfig((ObjectNode) object.deepCopy(), origin);
          return this;
        case CONFIG_MAP_KIND:
          ObjectNode configMap = (ObjectNode) object.deepCopy();
          String key = namespaced(configMap, "ConfigMap");
          if (configMaps.putIfAbsent(key, configMap) != null) {
            throw new IllegalArgumentException("ConfigMap " + key + " is defined twice");
          }
          return this;
        default:
          return this;
      }
    }

    private void addConfig(ObjectNode config, String origin) {
      String apiVersion = config.path("apiVersion").asText("");
      if (!apiVersion.equals("serving.kserve.io/v1alpha2")
          && !apiVersion.equals("serving.kserve.io/v1alpha1")) {
        throw new IllegalArgumentException(
            "LLMInferenceServiceConfig has apiVersion \""
                + apiVersion
                + "\", expected serving.kserve.io/v1alpha2 or serving.kserve.io/v1alpha1");
      }
      String key = namespaced(config, CONFIG_KIND);
      ObjectNode metadata = (ObjectNode) config.get("metadata");
      ConfigDocument document =
          new ConfigDocument(
              metadata.get("namespace").asText(), metadata.get("name").asText(), config, origin);
      ConfigDocument previous = configs.putIfAbsent(key, document);
      if (previous != null) {
        throw new IllegalArgumentException(
            "LLMInferenceServiceConfig "
                + key
                + " is defined twice: in "
                + previous.origin()
                + " and in "
                + origin);
      }
    }

    private String namespaced(ObjectNode object, String kind) {
      JsonNode metadata = object.get("metadata");
      if (metadata == null || !metadata.isObject()) {
        throw new IllegalArgumentException(kind + " has no metadata");
      }
      String name = metadata.path("name").asText("");
      if (name.isEmpty()) {
        throw new IllegalArgumentException(kind + " has no metadata.name");
      }
      String namespace = metadata.path("namespace").asText("");
      if (namespace.isEmpty()) {
        ((ObjectNode) metadata).put("namespace", defaultNamespace);
        namespace = defaultNamespace;
      }
      return namespace + "/" + name;
    }

    /** The source holding everything added. */
    public InMemoryConfigSource build() {
      return new InMemoryConfigSource(configs.values(), configMaps.values());
    }
  }
}
