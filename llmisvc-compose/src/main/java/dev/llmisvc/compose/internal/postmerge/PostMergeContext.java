package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.compose.internal.TreePaths;
import dev.llmisvc.compose.source.ConfigSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the post-merge steps read besides the config: the service's identity and annotations, the
 * system namespace, the source for scheduler ConfigMaps, and the findings they report.
 *
 * @param serviceName the service's {@code metadata.name}
 * @param serviceNamespace the service's {@code metadata.namespace}
 * @param serviceAnnotations the service's {@code metadata.annotations}
 * @param systemNamespace the fallback namespace ({@code kserve} by default)
 * @param configMaps where {@code config.ref} ConfigMaps are looked up
 * @param findings collected while the steps run
 */
public record PostMergeContext(
    String serviceName,
    String serviceNamespace,
    Map<String, String> serviceAnnotations,
    String systemNamespace,
    ConfigSource configMaps,
    PostMergeFindings findings) {

  public PostMergeContext {
    serviceAnnotations = Map.copyOf(serviceAnnotations);
  }

  /**
   * A context for {@code service} (an LLMInferenceService object tree) with fresh findings.
   *
   * @param service the service being composed
   * @param systemNamespace the fallback namespace
   * @param configMaps where scheduler ConfigMaps are looked up
   */
  public static PostMergeContext of(
      JsonNode service, String systemNamespace, ConfigSource configMaps) {
    Map<String, String> annotations = new LinkedHashMap<>();
    TreePaths.object(service, "metadata", "annotations")
        .ifPresent(
            a -> a.properties().forEach(e -> annotations.put(e.getKey(), e.getValue().asText())));
    return new PostMergeContext(
        TreePaths.textOrEmpty(service, "metadata", "name"),
        TreePaths.textOrEmpty(service, "metadata", "namespace"),
        annotations,
        systemNamespace,
        configMaps,
        new PostMergeFindings());
  }
}
