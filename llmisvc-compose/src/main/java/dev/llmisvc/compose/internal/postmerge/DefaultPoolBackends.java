package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.compose.internal.TreePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * The backendRefs of the managed route that point at the service's default InferencePool: kind
 * {@code InferencePool} and name {@code ChildName(<name>, "-inference-pool")}, any group (v1 and
 * v1alpha2 pools alike). Shared by steps 6 and 7.
 */
final class DefaultPoolBackends {
  private DefaultPoolBackends() {}

  static List<ObjectNode> find(ObjectNode httpSpec, String serviceName) {
    String pool = ChildName.of(serviceName, "-inference-pool");
    List<ObjectNode> found = new ArrayList<>();
    for (JsonNode rule : TreePaths.array(httpSpec, "rules").orElseGet(() -> httpSpec.arrayNode())) {
      for (JsonNode ref :
          TreePaths.array(rule, "backendRefs").orElseGet(() -> httpSpec.arrayNode())) {
        if (ref.isObject()
            && "InferencePool".equals(TreePaths.textOrEmpty(ref, "kind"))
            && pool.equals(TreePaths.textOrEmpty(ref, "name"))) {
          found.add((ObjectNode) ref);
        }
      }
    }
    return found;
  }
}
