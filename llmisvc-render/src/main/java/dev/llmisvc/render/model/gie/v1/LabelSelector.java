package dev.llmisvc.render.model.gie.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pool's pod selector: equality on labels only (no expressions in v1).
 *
 * @param matchLabels the labels every member pod carries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// KubernetesResource carries fabric8's polymorphic deserializer; this is plain data.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LabelSelector(Map<String, String> matchLabels) implements KubernetesResource {
  /** Sorts the labels, as Go prints maps; absent reads as none. */
  public LabelSelector {
    matchLabels =
        matchLabels == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(matchLabels));
  }
}
