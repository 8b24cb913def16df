package dev.llmisvc.api.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields every KServe status embeds from Knative's {@code duckv1.Status}: {@code
 * observedGeneration}, {@code conditions} and {@code annotations}. The status types of both kinds
 * and both versions extend it, as their Go structs embed {@code duckv1.Status}; each declares its
 * own remaining fields.
 */
public abstract class KnativeStatus {
  /** For the status types of this API. */
  protected KnativeStatus() {}

  /**
   * Generation last reconciled.
   *
   * @return {@code observedGeneration}, if set
   */
  public abstract Optional<Long> observedGeneration();

  /**
   * Conditions.
   *
   * @return the items of {@code conditions}; empty when absent
   */
  public abstract List<Condition> conditions();

  /**
   * Status annotations (e.g. pinned preset names).
   *
   * @return the entries of {@code annotations}; empty when absent
   */
  public abstract Map<String, String> annotations();
}
