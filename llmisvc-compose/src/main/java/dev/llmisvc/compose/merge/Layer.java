package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One input of a merge: an {@code LLMInferenceServiceSpec} as a JSON tree, and the name provenance
 * and diagnostics report it under.
 *
 * <pre>{@code
 * new Layer("Preset:kserve/kserve-config-llm-template", presetSpec)
 * }</pre>
 *
 * @param id who the layer is, e.g. {@code Preset:kserve/kserve-config-llm-template}, {@code
 *     BaseRef:team/my-config} or {@code Service:team/my-llm}
 * @param spec the spec (not the whole object); it is never modified by the merge
 */
public record Layer(String id, ObjectNode spec) {
  public Layer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(spec, "spec");
  }
}
