package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentException;
import dev.llmisvc.api.yaml.DocumentReader;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.KubernetesConfigSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --from-cluster NAMESPACE/NAME}: the service read from the current kube context through
 * fabric8's client (kubeconfig, {@code KUBECONFIG}, in-cluster service account: as kubectl finds
 * them), and that cluster's configs as a config source.
 */
final class ClusterService {
  /** How a client for the current context is made; tests put a mock server's client here. */
  static Supplier<KubernetesClient> clients = ClusterService::currentContext;

  /**
   * A client for the current context. No retries: a command run by hand or in CI should say at once
   * that the cluster cannot be reached, not after fabric8's ten back-offs (over 20 s).
   */
  private static KubernetesClient currentContext() {
    Config config = Config.autoConfigure(null);
    config.setRequestRetryBackoffLimit(0);
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private static final ResourceDefinitionContext SERVICES =
      new ResourceDefinitionContext.Builder()
          .withGroup("serving.kserve.io")
          .withVersion("v1alpha2")
          .withKind("LLMInferenceService")
          .withPlural("llminferenceservices")
          .withNamespaced(true)
          .build();

  private final String namespace;
  private final String name;
  private KubernetesClient client;

  private ClusterService(String namespace, String name) {
    this.namespace = namespace;
    this.name = name;
  }

  /** Parses NAMESPACE/NAME; anything else is a usage error. */
  static ClusterService parse(String value, CommandSpec spec) {
    int slash = value.indexOf('/');
    if (slash <= 0 || slash == value.length() - 1 || value.indexOf('/', slash + 1) >= 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--from-cluster: expected NAMESPACE/NAME, e.g. llm/qwen, not \"" + value + "\"");
    }
    return new ClusterService(value.substring(0, slash), value.substring(slash + 1));
  }

  /** The name the service's document carries in messages. */
  String input() {
    return "cluster:" + namespace + "/" + name;
  }

  private synchronized KubernetesClient client() {
    if (client == null) {
      client = clients.get();
    }
    return client;
  }

  /**
   * The service as one document, without what the server adds for its own bookkeeping ({@code
   * status}, {@code metadata.managedFields}): composing it starts from its spec, as KServe does.
   *
   * @throws InputException when the cluster cannot be reached or has no such service
   */
  List<Document> read() {
    GenericKubernetesResource found;
    try {
      found =
          client().genericKubernetesResources(SERVICES).inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new InputException(
          input()
              + ": cannot read the LLMInferenceService from "
              + client().getMasterUrl()
              + ": "
              + (root == e ? firstLine(e.getMessage()) : firstLine(String.valueOf(root))));
    }
    if (found == null) {
      throw new InputException(
          input()
              + ": no LLMInferenceService "
              + name
              + " in namespace "
              + namespace
              + " of the current kube context");
    }
    ObjectNode tree = LlmisvcMapper.json().valueToTree(found);
    tree.remove("status");
    if (tree.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove("managedFields");
    }
    try {
      return DocumentReader.parse(input(), LlmisvcMapper.json().writeValueAsString(tree));
    } catch (DocumentException e) {
      throw new InputException(e.problems());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(input() + ": " + e.getOriginalMessage());
    }
  }

  /** The cluster's LLMInferenceServiceConfigs and ConfigMaps, looked up as KServe does. */
  ConfigSource configs() {
    return new KubernetesConfigSource(client());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
