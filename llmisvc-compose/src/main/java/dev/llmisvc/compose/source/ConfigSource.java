package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Answers "is there an LLMInferenceServiceConfig {@code name} in {@code namespace}?" and the same
 * for the ConfigMaps a scheduler's {@code config.ref} points to. Exactly one namespace is asked per
 * call; the fallback from the service namespace to the system namespace is the composer's job
 * ({@code ConfigLookup}).
 *
 * <pre>{@code
 * ConfigSource source = ConfigSource.layered(
 *     FileConfigSource.load(List.of(Path.of("configs")), "default"),
 *     new CatalogConfigSource(PresetCatalog.builtin()));
 * source.config("kserve", "kserve-config-llm-template");   // the built-in preset
 * }</pre>
 */
public interface ConfigSource {

  /**
   * The LLMInferenceServiceConfig {@code name} in {@code namespace}, empty when there is none.
   *
   * @throws ConfigSourceException when the source cannot tell (API error, unreadable data)
   */
  Optional<ConfigDocument> config(String namespace, String name);

  /**
   * {@link #config}, without the defensive copy: a source that holds its documents may hand out the
   * one it holds, which the caller must then not change. The composer reads configs this way, and
   * keeps what it computes from a document (its merged form) for as long as the same document, or
   * one of equal content, comes back; so a source must answer a changed config with a new document,
   * never by changing one it handed out. The default is {@link #config}.
   *
   * @param namespace the namespace asked
   * @param name the config's name
   * @return the config, empty when there is none; not to be modified
   * @throws ConfigSourceException when the source cannot tell
   */
  default Optional<ConfigDocument> sharedConfig(String namespace, String name) {
    return config(namespace, name);
  }

  /**
   * The ConfigMap {@code name} in {@code namespace} as a whole object tree, empty when there is
   * none.
   *
   * @throws ConfigSourceException when the source cannot tell
   */
  Optional<ObjectNode> configMap(String namespace, String name);

  /**
   * A source holding typed configs of either version; one without {@code metadata.namespace}
   * belongs to namespace {@code default}.
   *
   * <pre>{@code
   * ConfigSource profiles = ConfigSource.inMemory(
   *     LLMInferenceServiceConfig.builder()
   *         .metadata(m -> m.withName("gpu-profile").withNamespace("team"))
   *         .spec(s -> s.replicas(2))
   *         .build());
   * }</pre>
   *
   * @param configs the configs
   * @return the source
   * @throws IllegalArgumentException when two configs have the same namespace and name
   */
  static ConfigSource inMemory(dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig... configs) {
    InMemoryConfigSource.Builder b = InMemoryConfigSource.builder("default");
    for (dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig c : configs) {
      b.add(dev.llmisvc.api.yaml.LlmisvcMapper.toTree(c), "in-memory");
    }
    return b.build();
  }

  /**
   * A source holding typed v1alpha1 configs; see {@link
   * #inMemory(dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig...)}.
   *
   * @param configs the configs
   * @return the source
   * @throws IllegalArgumentException when two configs have the same namespace and name
   */
  static ConfigSource inMemory(dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig... configs) {
    InMemoryConfigSource.Builder b = InMemoryConfigSource.builder("default");
    for (dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig c : configs) {
      b.add(dev.llmisvc.api.yaml.LlmisvcMapper.toTree(c), "in-memory");
    }
    return b.build();
  }

  /** A source that has nothing. */
  static ConfigSource empty() {
    return new InMemoryConfigSource(List.of(), List.of());
  }

  /** Asks each source in turn; the first that has the object wins. */
  static ConfigSource layered(ConfigSource... sources) {
    return new LayeredConfigSource(List.of(sources));
  }
}
