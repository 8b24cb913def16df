package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.internal.TreePaths;

/**
 * Step 1: an inline pool spec without {@code selector.matchLabels} selects the service's workload
 * pods: {@code {app.kubernetes.io/part-of: llminferenceservice, app.kubernetes.io/name: <name>,
 * kserve.io/component: workload}}. A non-empty selector is left alone.
 */
public final class PoolSelectorDefault implements PostMergeStep {
  @Override
  public String name() {
    return "pool-selector-default";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    TreePaths.object(config, "spec", "router", "scheduler", "pool", "spec")
        .ifPresent(
            pool -> {
              boolean empty =
                  TreePaths.object(pool, "selector", "matchLabels")
                      .map(ObjectNode::isEmpty)
                      .orElse(true);
              if (empty) {
                ObjectNode labels = pool.withObjectProperty("selector").putObject("matchLabels");
                labels.put("app.kubernetes.io/part-of", "llminferenceservice");
                labels.put("app.kubernetes.io/name", context.serviceName());
                labels.put("kserve.io/component", "workload");
              }
            });
  }
}
