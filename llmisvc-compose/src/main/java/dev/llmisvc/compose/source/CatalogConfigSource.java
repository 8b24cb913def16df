package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.preset.PresetCatalog;
import java.util.Optional;

/**
 * The built-in preset catalog seen as a source: its presets exist in the catalog's system namespace
 * only, with origin {@code builtin:<catalog id>}. It holds no ConfigMaps.
 */
public final class CatalogConfigSource implements ConfigSource {
  private final PresetCatalog catalog;

  /** Each preset as handed out by {@link #sharedConfig}: built once, never changed. */
  private final java.util.concurrent.ConcurrentMap<String, Optional<ConfigDocument>> shared =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param catalog the catalog to serve, e.g. {@code PresetCatalog.builtin("kserve")}
   */
  public CatalogConfigSource(PresetCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * User sources first, then the built-in catalog: a user config with the same namespace and name
   * as a preset replaces it.
   */
  public static ConfigSource userThenBuiltin(ConfigSource user, PresetCatalog catalog) {
    return ConfigSource.layered(user, new CatalogConfigSource(catalog));
  }

  /** The catalog served. */
  public PresetCatalog catalog() {
    return catalog;
  }

  @Override
  public Optional<ConfigDocument> config(String namespace, String name) {
    if (!namespace.equals(catalog.systemNamespace())) {
      return Optional.empty();
    }
    return catalog
        .preset(name)
        .map(preset -> new ConfigDocument(namespace, name, preset, catalog.origin()));
  }

  /** One document per preset for the catalog's lifetime, not a copy per call. */
  @Override
  public Optional<ConfigDocument> sharedConfig(String namespace, String name) {
    if (!namespace.equals(catalog.systemNamespace())) {
      return Optional.empty();
    }
    Optional<ConfigDocument> doc = shared.get(name);
    if (doc == null) {
      doc = config(namespace, name);
      if (doc.isPresent()) {
        // only presets are kept: names asked for and missing would let the map grow without end
        shared.putIfAbsent(name, doc);
      }
    }
    return doc;
  }

  @Override
  public Optional<ObjectNode> configMap(String namespace, String name) {
    return Optional.empty();
  }
}
