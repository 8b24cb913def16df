package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.compose.internal.TreePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 10: the LoRA adapters of {@code model.lora.adapters} are enumerated, sorted by name, and
 * checked; the spec itself is not changed, the adapters go to {@link PostMergeFindings}.
 *
 * <p>A URI must contain {@code ://}. {@code hf://} and {@code s3://} adapters are downloaded by the
 * storage initializer and {@code pvc://} adapters are mounted by it, so all three fail when {@code
 * storageInitializer.enabled} is {@code false}; {@code oci://} and every other scheme always fail.
 * A failure reads {@code failed to enumerate LoRA adapters: <reason>}; the prefix is KServe's, the
 * reasons are ours (KServe's exact wording of them is not in our reference notes).
 */
public final class LoraAdapterCheck implements PostMergeStep {
  /** Prefix of every failure message. */
  public static final String FAILURE = "failed to enumerate LoRA adapters: ";

  @Override
  public String name() {
    return "lora-adapters";
  }

  @Override
  public void apply(ObjectNode config, PostMergeContext context) {
    var adapters = TreePaths.array(config, "spec", "model", "lora", "adapters");
    if (adapters.isEmpty() || adapters.get().isEmpty()) {
      return;
    }
    boolean storageInitializer =
        TreePaths.at(config, "spec", "storageInitializer", "enabled")
            .map(JsonNode::asBoolean)
            .orElse(true);
    List<JsonNode> sorted = new ArrayList<>();
    adapters.get().forEach(sorted::add);
    sorted.sort(Comparator.comparing(a -> TreePaths.textOrEmpty(a, "name")));
    List<LoraAdapter> result = new ArrayList<>();
    for (JsonNode adapter : sorted) {
      String adapterName = TreePaths.textOrEmpty(adapter, "name");
      String uri = TreePaths.textOrEmpty(adapter, "uri");
      int separator = uri.indexOf("://");
      if (separator < 0) {
        throw fail("adapter \"" + adapterName + "\" has uri \"" + uri + "\" without a scheme");
      }
      String scheme = uri.substring(0, separator);
      switch (scheme) {
        case "hf", "s3", "pvc" -> {
          if (!storageInitializer) {
            throw fail(
                "adapter \""
                    + adapterName
                    + "\" uses "
                    + scheme
                    + ":// which needs the storage initializer, but storageInitializer.enabled is"
                    + " false");
          }
        }
        case "oci" ->
            throw fail(
                "adapter \""
                    + adapterName
                    + "\" uses oci://, which is not supported for LoRA adapters");
        default ->
            throw fail(
                "adapter \"" + adapterName + "\" has unsupported uri scheme \"" + scheme + "://\"");
      }
      result.add(new LoraAdapter(adapterName, mountPath(adapterName), uri, scheme));
    }
    context.findings().loraAdapters(result);
  }

  /** {@code /mnt/lora/<name>} with characters outside {@code [A-Za-z0-9._-]} replaced by '-'. */
  static String mountPath(String adapterName) {
    String safe = adapterName.replaceAll("[^A-Za-z0-9._-]", "-");
    if (safe.isEmpty() || safe.equals(".") || safe.equals("..")) {
      safe = "adapter";
    }
    return "/mnt/lora/" + safe;
  }

  private PostMergeException fail(String reason) {
    return new PostMergeException(name(), FAILURE + reason);
  }
}
