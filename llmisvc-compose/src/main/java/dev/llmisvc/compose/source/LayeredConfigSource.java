package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Several sources asked in order; the first that has the object wins. Put user sources before the
 * built-in catalog so a user config with the same namespace and name replaces the built-in one. An
 * error from a source stops the lookup (it is not skipped), as a failing API call would.
 */
public final class LayeredConfigSource implements ConfigSource {
  private final List<ConfigSource> layers;

  /**
   * @param layers highest precedence first
   */
  public LayeredConfigSource(List<ConfigSource> layers) {
    this.layers = List.copyOf(layers);
  }

  /** The layers, highest precedence first. */
  public List<ConfigSource> layers() {
    return layers;
  }

  @Override
  public Optional<ConfigDocument> config(String namespace, String name) {
    return first(layer -> layer.config(namespace, name));
  }

  @Override
  public Optional<ConfigDocument> sharedConfig(String namespace, String name) {
    return first(layer -> layer.sharedConfig(namespace, name));
  }

  @Override
  public Optional<ObjectNode> configMap(String namespace, String name) {
    return first(layer -> layer.configMap(namespace, name));
  }

  private <T> Optional<T> first(Function<ConfigSource, Optional<T>> lookup) {
    for (ConfigSource layer : layers) {
      Optional<T> found = lookup.apply(layer);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
