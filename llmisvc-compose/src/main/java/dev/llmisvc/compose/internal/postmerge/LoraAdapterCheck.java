package dev.llmisvc.compose.internal.postmerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.GoQuote;
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
 * Failures carry KServe's five texts ({@code workload_lora.go} at aaac4e2), each prefixed {@code
 * failed to enumerate LoRA adapters: LoRA adapter "<name>": }. The scheme is read as Go's URL
 * parser reads it: case-insensitively ({@code HF://} is {@code hf://}).
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
      String uri = goUrl(TreePaths.textOrEmpty(adapter, "uri"));
      int separator = uri.indexOf("://");
      String quoted = GoQuote.quote(adapterName);
      if (separator < 0) {
        throw fail(quoted + ": invalid URI " + GoQuote.quote(uri));
      }
      String scheme = uri.substring(0, separator);
      switch (scheme) {
        case "hf", "s3" -> {
          if (!storageInitializer) {
            throw fail(
                quoted
                    + ": hf:// and s3:// require the storage initializer \u2014 set"
                    + " storageInitializer.enabled to true (see "
                    + DOCS
                    + ")");
          }
        }
        case "pvc" -> {
          if (!storageInitializer) {
            throw fail(
                quoted
                    + ": pvc:// requires a mounted volume \u2014 do not set"
                    + " storageInitializer.enabled to false (see "
                    + DOCS
                    + ")");
          }
        }
        case "oci" ->
            throw fail(
                quoted
                    + ": oci:// is not supported for LoRA adapters; use hf://, s3://, or pvc://"
                    + " instead (see "
                    + DOCS
                    + ")");
        default ->
            throw fail(
                quoted
                    + ": unsupported URI scheme "
                    + GoQuote.quote(scheme + "://")
                    + "; supported schemes are hf://, s3://, pvc:// (see "
                    + DOCS
                    + ")");
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
    return new PostMergeException(name(), FAILURE + "LoRA adapter " + reason);
  }

  /** KServe links its LoRA documentation from every adapter error. */
  static final String DOCS =
      "https://github.com/kserve/kserve/blob/master/docs/samples/llmisvc/lora-adapters/README.md";

  /**
   * The URI as KServe reads it back ({@code apis.URL.String()} after Go's {@code url.Parse}): the
   * scheme in lower case, so {@code HF://org/adapter} is an {@code hf://} adapter.
   */
  static String goUrl(String uri) {
    int colon = uri.indexOf(':');
    if (colon <= 0 || !Character.isLetter(uri.charAt(0))) {
      return uri;
    }
    for (int i = 1; i < colon; i++) {
      char c = uri.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 0x80) && c != '+' && c != '-' && c != '.') {
        return uri;
      }
    }
    return uri.substring(0, colon).toLowerCase(java.util.Locale.ROOT) + uri.substring(colon);
  }
}
