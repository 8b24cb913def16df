package dev.llmisvc.compose.internal.postmerge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the steps learn besides the changes to the config: the scheduler ConfigMap that was read,
 * the enumerated LoRA adapters, and warnings (KServe emits them as events). Filled while the steps
 * run.
 */
public final class PostMergeFindings {
  private ConfigMapRef schedulerConfigMap;
  private List<LoraAdapter> loraAdapters = List.of();
  private final List<String> warnings = new ArrayList<>();

  /** The ConfigMap {@code config.ref} was resolved from, if any. */
  public Optional<ConfigMapRef> schedulerConfigMap() {
    return Optional.ofNullable(schedulerConfigMap);
  }

  /** The LoRA adapters, sorted by name; empty when the model has none. */
  public List<LoraAdapter> loraAdapters() {
    return loraAdapters;
  }

  /** Warnings in the order they were raised, e.g. {@code LatencyPredictorConfigRef: ...}. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  void schedulerConfigMap(ConfigMapRef ref) {
    this.schedulerConfigMap = ref;
  }

  void loraAdapters(List<LoraAdapter> adapters) {
    this.loraAdapters = List.copyOf(adapters);
  }

  void warn(String warning) {
    warnings.add(warning);
  }
}
