package dev.llmisvc.render.internal.router;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the steps produce, collected in step order. */
final class RouterOutput {
  private final List<HasMetadata> objects = new ArrayList<>();
  private final Set<Required> required = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();

  void add(HasMetadata object) {
    objects.add(object);
  }

  void require(Required r) {
    required.add(r);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  RouterRendering toRendering() {
    return new RouterRendering(objects, List.copyOf(required), warnings);
  }
}
