package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.compose.internal.TreePaths;
import java.util.List;
import java.util.Optional;

/**
 * Step 4 (experimental managed DRA): when the service carries annotation {@value #DEVICE_CLASS}
 * (any value), each workload pod spec ({@code template}, {@code worker}, {@code prefill.template},
 * {@code prefill.worker}; never the scheduler or tokenizer) gets the pod-level claim {@code {name:
 * managed-device, resourceClaimTemplateName: ChildName(<name>, "-managed-dra")}} and its target
 * container gets {@code resources.claims: [{name: managed-device}]}, each only once. The target is
 * the container named by {@value #CONTAINER_NAME} (trimmed) when that is set and not blank, else
 * the first container; a pod spec without containers, or without the named one, gets no container
 * claim.
 */
public final class ManagedDra implements PostMergeStep {
  /** Annotation that turns the step on. */
  public static final String DEVICE_CLASS = "serving.kserve.io/exp-dra-device-class";

  /** Annotation naming the container that receives the claim. */
  public static final String CONTAINER_NAME = "serving.kserve.io/exp-dra-container-name";

  /** Name of the claim. */
  public static final String CLAIM = "managed-device";

  private static final List<String[]> POD_SPECS =
      List.of(
          new String[] {"spec", "template"},
          new String[] {"spec", "worker"},
          new String[] {"spec", "prefill", "template"},
          new String[] {"spec", "prefill", "worker"});

  @Override
  public String name() {
    return "managed-dra";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    if (!context.serviceAnnotations().containsKey(DEVICE_CLASS)) {
      return;
    }
    String templateName = ChildName.of(context.serviceName(), "-managed-dra");
    Optional<String> containerName =
        Optional.ofNullable(context.serviceAnnotations().get(CONTAINER_NAME))
            .map(String::trim)
            .filter(s -> !s.isEmpty());
    for (String[] path : POD_SPECS) {
      TreePaths.object(config, path).ifPresent(pod -> inject(pod, templateName, containerName));
    }
  }

  private static void inject(ObjectNode pod, String templateName, Optional<String> containerName) {
    ArrayNode claims = arrayProperty(pod, "resourceClaims");
    if (!hasName(claims, CLAIM)) {
      claims.addObject().put("name", CLAIM).put("resourceClaimTemplateName", templateName);
    }
    Optional<ArrayNode> containers = TreePaths.array(pod, "containers");
    if (containers.isEmpty() || containers.get().isEmpty()) {
      return;
    }
    ObjectNode target = null;
    if (containerName.isPresent()) {
      for (JsonNode container : containers.get()) {
        if (containerName.get().equals(TreePaths.textOrEmpty(container, "name"))) {
          target = (ObjectNode) container;
          break;
        }
      }
    } else if (containers.get().get(0).isObject()) {
      target = (ObjectNode) containers.get().get(0);
    }
    if (target == null) {
      return;
    }
    ArrayNode containerClaims = arrayProperty(target.withObjectProperty("resources"), "claims");
    if (!hasName(containerClaims, CLAIM)) {
      containerClaims.addObject().put("name", CLAIM);
    }
  }

  private static ArrayNode arrayProperty(ObjectNode parent, String key) {
    JsonNode existing = parent.get(key);
    return existing instanceof ArrayNode ? (ArrayNode) existing : parent.putArray(key);
  }

  private static boolean hasName(ArrayNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(TreePaths.textOrEmpty(item, "name"))) {
        return true;
      }
    }
    return false;
  }
}
