package dev.llmisvc.compose;

/**
 * One config merged into a service, as KServe records it in {@code status.appliedConfigs}.
 *
 * @param name the config's name as it was found
 * @param namespace where it was found: the service's namespace or the system namespace
 * @param source {@link Source#Preset} for a well-known config chosen by the spec's shape, {@link
 *     Source#UserRef} for one of the service's {@code baseRefs}
 */
public record AppliedConfig(String name, String namespace, Source source) {

  /** Why a config was applied; the names are KServe's status values. */
  public enum Source {
    Preset,
    UserRef
  }

  /** {@code Preset:kserve/kserve-config-llm-template}, the form KServe uses in messages. */
  public String id() {
    return source + ":" + namespace + "/" + name;
  }
}
