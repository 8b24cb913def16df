package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One post-merge fix-up. It changes {@code config} in place: the object KServe builds after the
 * merge, {@code {metadata: <copy of the service's metadata>, spec: <merged spec>}}.
 */
public interface PostMergeStep {

  /** A short name for messages and provenance, e.g. {@code pool-selector-default}. */
  String name();

  /**
   * Applies the step.
   *
   * @param config the merged config object, changed in place
   * @param context the service being composed and what the steps may consult or report
   * @throws PostMergeException when KServe would fail the composition here
   */
  void apply(ObjectNode config, PostMergeContext context);
}
