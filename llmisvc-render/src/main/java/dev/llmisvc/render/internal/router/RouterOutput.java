package dev.llmisvc.render.internal.router;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the steps produce, collected in step order. */
final class RouterOutput {
  private final List<HasMetadata> objects = new ArrayList<>();
  private final Map<List<String>, Required> required = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  void add(HasMetadata object) {
    objects.add(object);
  }

  /** Adds a requirement; one object named twice keeps its first reason. */
  void require(Required r) {
    required.putIfAbsent(List.of(r.apiVersion(), r.kind(), r.namespace(), r.name()), r);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  RouterRendering toRendering() {
    return new RouterRendering(objects, List.copyOf(required.values()), warnings);
  }
}
