package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.internal.TreePaths;

/**
 * Step 7: with a scheduler that references an existing pool ({@code pool.ref.name} non-empty),
 * every route backendRef to the default pool is renamed to the referenced pool; group and kind are
 * kept.
 */
public final class PoolRefBackend implements PostMergeStep {
  @Override
  public String name() {
    return "pool-ref-backend";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    var httpSpec = TreePaths.object(config, "spec", "router", "route", "http", "spec");
    String poolRef =
        TreePaths.textOrEmpty(config, "spec", "router", "scheduler", "pool", "ref", "name");
    if (httpSpec.isEmpty() || poolRef.isEmpty()) {
      return;
    }
    for (ObjectNode ref : DefaultPoolBackends.find(httpSpec.get(), context.serviceName())) {
      ref.put("name", poolRef);
    }
  }
}
