package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.internal.TreePaths;

/**
 * Step 9: an inline pool spec whose endpoint picker is a Service (kind {@code Service} or empty)
 * without a port, or with port number 0, gets {@code port: {number: 9002}}. A pool spec without
 * {@code endpointPickerRef} gets {@code endpointPickerRef: {port: {number: 9002}}}.
 */
public final class EndpointPickerPortDefault implements PostMergeStep {
  /** The EPP gRPC port KServe defaults to. */
  public static final int DEFAULT_PORT = 9002;

  @Override
  public String name() {
    return "endpoint-picker-port-default";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    TreePaths.object(config, "spec", "router", "scheduler", "pool", "spec")
        .ifPresent(
            pool -> {
              ObjectNode picker = pool.withObjectProperty("endpointPickerRef");
              String kind = TreePaths.textOrEmpty(picker, "kind");
              boolean noPort = TreePaths.number(picker, "port", "number") == 0;
              if (noPort && (kind.isEmpty() || kind.equals("Service"))) {
                picker.putObject("port").put("number", DEFAULT_PORT);
              }
            });
  }
}
