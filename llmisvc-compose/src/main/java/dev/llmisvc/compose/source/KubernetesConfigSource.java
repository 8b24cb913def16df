package dev.llmisvc.compose.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Optional;

/**
 * Configs and ConfigMaps read live from a cluster through a fabric8 {@link KubernetesClient} (one
 * GET per lookup, no cache). Needs {@code io.fabric8:kubernetes-client-api} and an implementation
 * such as {@code kubernetes-client} on the class path; llmisvc-compose declares them optional.
 *
 * <p>A 404 is "not found"; any other API error is a {@link ConfigSourceException} whose message is
 * the client's, so the composer can wrap it in KServe's wording.
 */
public final class KubernetesConfigSource implements ConfigSource {
  /** API version of LLMInferenceServiceConfig that is read (the version KServe stores). */
  public static final String API_VERSION = "serving.kserve.io/v1alpha2";

  // Spelled out rather than discovered: the (apiVersion, kind) overload asks the API server for
  // its resource list first, which costs a call and fails where discovery is not served.
  private static final ResourceDefinitionContext CONFIG_CONTEXT =
      new ResourceDefinitionContext.Builder()
          .withGroup("serving.kserve.io")
          .withVersion("v1alpha2")
          .withKind(InMemoryConfigSource.CONFIG_KIND)
          .withPlural("llminferenceserviceconfigs")
          .withNamespaced(true)
          .build();

  private final KubernetesClient client;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param client a configured client; it is not closed by this source
   */
  public KubernetesConfigSource(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<ConfigDocument> config(String namespace, String name) {
    GenericKubernetesResource resource;
    try {
      resource =
          client
              .genericKubernetesResources(CONFIG_CONTEXT)
              .inNamespace(namespace)
              .withName(name)
              .get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      throw new ConfigSourceException(e.getMessage(), e);
    }
    if (resource == null) {
      return Optional.empty();
    }
    ObjectNode object = toTree(resource);
    return Optional.of(
        new ConfigDocument(
            namespace, name, object, "cluster:" + API_VERSION + "/" + namespace + "/" + name));
  }

  @Override
  public Optional<ObjectNode> configMap(String namespace, String name) {
    ConfigMap configMap;
    try {
      configMap = client.configMaps().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      throw new ConfigSourceException(e.getMessage(), e);
    }
    return Optional.ofNullable(configMap).map(this::toTree);
  }

  private ObjectNode toTree(Object resource) {
    // The client's own serialisation knows every fabric8 type; re-read its JSON as a plain tree.
    String json = client.getKubernetesSerialization().asJson(resource);
    try {
      JsonNode tree = mapper.readTree(json);
      return (ObjectNode) tree;
    } catch (JsonProcessingException | ClassCastException e) {
      throw new ConfigSourceException("cannot read object returned by the API: " + e, e);
    }
  }
}
