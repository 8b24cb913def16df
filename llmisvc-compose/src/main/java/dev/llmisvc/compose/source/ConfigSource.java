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
   * The ConfigMap {@code name} in {@code namespace} as a whole object tree, empty when there is
   * none.
   *
   * @throws ConfigSourceException when the source cannot tell
   */
  Optional<ObjectNode> configMap(String namespace, String name);

  /** A source that has nothing. */
  static ConfigSource empty() {
    return new InMemoryConfigSource(List.of(), List.of());
  }

  /** Asks each source in turn; the first that has the object wins. */
  static ConfigSource layered(ConfigSource... sources) {
    return new LayeredConfigSource(List.of(sources));
  }
}
