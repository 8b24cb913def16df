package dev.llmisvc.compose;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import java.util.List;
import java.util.Optional;

/**
 * KServe's {@code getConfig}: an LLMInferenceServiceConfig is looked up in the service's namespace
 * first, then in the system namespace. The returned {@link ConfigDocument#namespace()} says where
 * it was found (what {@code status.appliedConfigs} records).
 *
 * <pre>{@code
 * ConfigLookup lookup = new ConfigLookup(source, "kserve");
 * ConfigDocument found = lookup.find("my-team", "my-gpu-profile");
 * found.namespace();   // "my-team" if it exists there, else "kserve"
 * }</pre>
 */
final class ConfigLookup {
  private final ConfigSource source;
  private final String systemNamespace;

  /**
   * @param source where configs live
   * @param systemNamespace the fallback namespace ({@code POD_NAMESPACE}, default {@code kserve})
   */
  public ConfigLookup(ConfigSource source, String systemNamespace) {
    this.source = source;
    this.systemNamespace = systemNamespace;
  }

  /** The fallback namespace. */
  public String systemNamespace() {
    return systemNamespace;
  }

  /**
   * Finds config {@code name} for a service in {@code serviceNamespace}.
   *
   * @throws ConfigNotFoundException when it is in neither namespace
   * @throws ConfigLookupException when the source fails, with KServe's message
   */
  public ConfigDocument find(String serviceNamespace, String name) {
    Optional<ConfigDocument> local;
    try {
      local = source.sharedConfig(serviceNamespace, name);
    } catch (ConfigSourceException e) {
      throw new ConfigLookupException(
          "failed to get LLMInferenceServiceConfig "
              + serviceNamespace
              + "/"
              + name
              + ": "
              + e.getMessage(),
          e);
    }
    if (local.isPresent()) {
      return local.get();
    }
    Optional<ConfigDocument> system;
    try {
      system = source.sharedConfig(systemNamespace, name);
    } catch (ConfigSourceException e) {
      throw new ConfigLookupException(
          "failed to get LLMInferenceServiceConfig "
              + GoQuote.quote(name)
              + " from namespaces ["
              + GoQuote.quote(serviceNamespace)
              + ", "
              + GoQuote.quote(systemNamespace)
              + "]: "
              + e.getMessage(),
          e);
    }
    return system.orElseThrow(
        () -> new ConfigNotFoundException(name, List.of(serviceNamespace, systemNamespace)));
  }
}
