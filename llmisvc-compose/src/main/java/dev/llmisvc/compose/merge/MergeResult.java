package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The outcome of {@link SpecMerger#merge}: the merged spec, who set what, and what got lost. */
public interface MergeResult {

  /**
   * The merged spec as Go's {@code encoding/json} writes the typed result, without its {@code
   * null}s (a nil is the same as absent once decoded). Fields Go always writes appear even at their
   * zero value ({@code model.uri: ""}, {@code resources: {}} on containers, {@code maxReplicas: 0}
   * once {@code scaling} is set). A fresh deep copy on every call: safe to mutate.
   */
  ObjectNode spec();

  /**
   * The merged spec this result holds, not a copy: for a caller that takes the spec over and reads
   * nothing else of it afterwards (a composer saves a copy of the whole spec per composition this
   * way). Changing it changes what {@link #spec()} gives from then on.
   *
   * @return the result's own tree
   */
  ObjectNode ownSpec();

  /** For every leaf of {@link #spec()}, the id of the layer that set it. */
  Provenance provenance();

  /**
   * What each layer lost or overwrote, one entry per input layer in input order. Diagnostics never
   * change the result.
   */
  List<LayerDiagnostics> diagnostics();
}
