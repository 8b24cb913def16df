package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.internal.TreePaths;

/**
 * Step 5: when the managed route has an inline {@code http.spec} and {@code router.gateway.refs} is
 * not empty, the route's {@code parentRefs} are replaced by one entry per gateway ref, in order:
 * {@code {group: gateway.networking.k8s.io, kind: Gateway, name, namespace (when non-empty),
 * sectionName (when set)}}.
 */
public final class GatewayParentRefs implements PostMergeStep {
  @Override
  public String name() {
    return "gateway-parent-refs";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    var httpSpec = TreePaths.object(config, "spec", "router", "route", "http", "spec");
    var refs = TreePaths.array(config, "spec", "router", "gateway", "refs");
    if (httpSpec.isEmpty() || refs.isEmpty() || refs.get().isEmpty()) {
      return;
    }
    ArrayNode parentRefs = httpSpec.get().putArray("parentRefs");
    for (JsonNode ref : refs.get()) {
      ObjectNode parent = parentRefs.addObject();
      parent.put("group", "gateway.networking.k8s.io");
      parent.put("kind", "Gateway");
      parent.put("name", TreePaths.textOrEmpty(ref, "name"));
      String namespace = TreePaths.textOrEmpty(ref, "namespace");
      if (!namespace.isEmpty()) {
        parent.put("namespace", namespace);
      }
      TreePaths.text(ref, "sectionName").ifPresent(s -> parent.put("sectionName", s));
    }
  }
}
