package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.compose.internal.TreePaths;

/**
 * Step 2: a scheduler pod template without {@code serviceAccountName} runs as {@code
 * ChildName(<name>, "-epp-sa")}.
 */
public final class EppServiceAccountDefault implements PostMergeStep {
  @Override
  public String name() {
    return "epp-service-account-default";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    TreePaths.object(config, "spec", "router", "scheduler", "template")
        .filter(template -> TreePaths.textOrEmpty(template, "serviceAccountName").isEmpty())
        .ifPresent(
            template ->
                template.put("serviceAccountName", ChildName.of(context.serviceName(), "-epp-sa")));
  }
}
