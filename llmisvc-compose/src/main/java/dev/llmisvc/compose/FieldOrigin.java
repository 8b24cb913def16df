package dev.llmisvc.compose;

import java.util.Optional;

/**
 * Where a value of the effective spec came from.
 *
 * @param layer the layer whose value it is (printed {@code
 *     Preset:kserve/kserve-config-llm-template}, {@code UserRef:my-team/my-gpu-profile} or {@code
 *     LLMInferenceService:my-team/llama}); empty when a post-merge step created the value
 * @param templated true when template substitution changed the layer's text
 * @param step the post-merge step that set or changed the value, if one did
 */
public record FieldOrigin(Optional<LayerId> layer, boolean templated, Optional<String> step) {

  /**
   * A value a layer set and no later step changed.
   *
   * @param layer the layer
   * @return the origin
   */
  public static FieldOrigin merged(LayerId layer) {
    return new FieldOrigin(Optional.of(layer), false, Optional.empty());
  }

  static FieldOrigin postMerge(String step) {
    return new FieldOrigin(Optional.empty(), false, Optional.of(step));
  }

  FieldOrigin asTemplated() {
    return new FieldOrigin(layer, true, step);
  }

  FieldOrigin changedBy(String stepName) {
    return new FieldOrigin(layer, templated, Optional.of(stepName));
  }

  /** A one-line description: {@code Preset:kserve/x (templated)}, {@code post-merge: epp-sa}. */
  public String describe() {
    StringBuilder s = new StringBuilder(layer.map(LayerId::toString).orElse(""));
    if (templated) {
      s.append(s.isEmpty() ? "" : " ").append("(templated)");
    }
    step.ifPresent(
        st ->
            s.append(s.isEmpty() ? "" : ", ")
                .append(layer.isEmpty() ? "set by" : "changed by")
                .append(" post-merge step ")
                .append(st));
    return s.toString();
  }
}
