package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one layer did that KServe does silently: lists it replaced whole (and keys its nulls
 * deleted), values it carried that Go's serialiser dropped as zero values (so they had no effect),
 * and keyed items (volumes, resource claims) that end up with two sources because KServe's patch
 * never carries {@code $retainKeys}.
 *
 * @param layerId the layer's {@link Layer#id()}
 * @param replacedWhole lists without a merge key this layer replaced, and keys its nulls deleted
 * @param droppedZeroValues values this layer wrote that Go omits ({@code parallelism.expert:
 *     false}, {@code template.containers[name=main].args: []}); they never reach the merge
 * @param conflictingSources items of a {@code retainKeys} list this layer touched that now hold
 *     more than one source ({@code emptyDir} and {@code persistentVolumeClaim}); KServe's dry run
 *     rejects them later
 */
public record LayerDiagnostics(
    String layerId,
    List<Replacement> replacedWhole,
    List<DroppedValue> droppedZeroValues,
    List<SourceConflict> conflictingSources) {

  public LayerDiagnostics {
    replacedWhole = List.copyOf(replacedWhole);
    droppedZeroValues = List.copyOf(droppedZeroValues);
    conflictingSources = List.copyOf(conflictingSources);
  }

  /** True when the layer did nothing worth reporting. */
  public boolean isEmpty() {
    return replacedWhole.isEmpty() && droppedZeroValues.isEmpty() && conflictingSources.isEmpty();
  }

  /**
   * A value the layer overwrote as a whole.
   *
   * @param path where, e.g. {@code router.route.http.spec.rules}
   * @param previous what was there before
   * @param replacement what the layer put there; a JSON {@code null} when the layer deleted the key
   */
  public record Replacement(String path, JsonNode previous, JsonNode replacement) {}

  /**
   * A value the layer carried that Go's serialiser left out.
   *
   * @param path where, e.g. {@code parallelism.expert}
   * @param value the value as the layer wrote it
   */
  public record DroppedValue(String path, JsonNode value) {}

  /**
   * A keyed item with more than one source after the merge.
   *
   * @param path the item, e.g. {@code template.volumes[name=cache]}
   * @param sources the source fields it holds, e.g. {@code [emptyDir, persistentVolumeClaim]}
   */
  public record SourceConflict(String path, List<String> sources) {
    public SourceConflict {
      sources = List.copyOf(sources);
    }
  }
}
