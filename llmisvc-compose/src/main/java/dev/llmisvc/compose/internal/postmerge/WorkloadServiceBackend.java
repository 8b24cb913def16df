package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.compose.internal.TreePaths;

/**
 * Step 6: without a scheduler there is no InferencePool, so every route backendRef to the default
 * pool becomes the workload Service: {@code group: ""} (an explicit empty string), {@code kind:
 * Service}, {@code name: ChildName(<name>, "-kserve-workload-svc")}; port and weight are kept.
 */
public final class WorkloadServiceBackend implements PostMergeStep {
  @Override
  public String name() {
    return "workload-service-backend";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    var httpSpec = TreePaths.object(config, "spec", "router", "route", "http", "spec");
    if (httpSpec.isEmpty() || TreePaths.present(config, "spec", "router", "scheduler")) {
      return;
    }
    String service = ChildName.of(context.serviceName(), "-kserve-workload-svc");
    for (ObjectNode ref : DefaultPoolBackends.find(httpSpec.get(), context.serviceName())) {
      ref.put("group", "");
      ref.put("kind", "Service");
      ref.put("name", service);
    }
  }
}
