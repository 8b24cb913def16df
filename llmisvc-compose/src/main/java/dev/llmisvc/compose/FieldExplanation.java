package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One leaf of the effective spec explained: its value, where it came from, and the different values
 * earlier layers gave it that it overrode ({@code llmisvc explain}).
 *
 * @param path the leaf
 * @param value its effective value (a scalar, a whole list without a merge key, or an empty
 *     presence marker)
 * @param origin the layer and post-merge step that set it; empty when Go wrote it as the zero value
 *     of an enclosing field
 * @param overrides earlier layers' different values, lowest precedence first, as each layer wrote
 *     it (converted to v1alpha2, before template substitution)
 */
public record FieldExplanation(
    FieldPath path, JsonNode value, Optional<FieldOrigin> origin, List<Override> overrides) {

  /** Copies the list. */
  public FieldExplanation {
    overrides = List.copyOf(overrides);
  }

  /**
   * An earlier layer's value that the effective value replaced.
   *
   * @param layer the layer
   * @param value what it set
   */
  public record Override(LayerId layer, JsonNode value) {}
}
