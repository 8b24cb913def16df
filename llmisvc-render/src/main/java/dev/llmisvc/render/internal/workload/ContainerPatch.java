package dev.llmisvc.render.internal.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.render.internal.Fabric8Json;
import io.fabric8.kubernetes.api.model.Container;
import java.util.Iterator;
import java.util.Map;

/**
 * A strategic merge patch of one container onto another, as KServe merges a user's {@code
 * storage-initializer} onto the generated one ({@code utils.MergeContainerWithPatch}): maps merge
 * key by key, the lists Kubernetes declares with a merge key ({@code env} by {@code name}, {@code
 * volumeMounts} by {@code mountPath}, {@code ports} by {@code containerPort}, {@code volumeDevices}
 * by {@code devicePath}, {@code resizePolicy} by {@code resourceName}) merge item by item, every
 * other value of the patch replaces. Does not know the {@code $patch} / {@code $retainKeys}
 * directives; a container written by a user has none.
 */
final class ContainerPatch {
  private static final Map<String, String> MERGE_KEYS =
      Map.of(
          "env", "name",
          "volumeMounts", "mountPath",
          "ports", "containerPort",
          "volumeDevices", "devicePath",
          "resizePolicy", "resourceName");

  private ContainerPatch() {}

  static Container apply(Container original, Container patch) {
    ObjectNode base = Fabric8Json.serialization().convertValue(original, ObjectNode.class);
    ObjectNode p = Fabric8Json.serialization().convertValue(patch, ObjectNode.class);
    mergeObject(base, p, true);
    return Fabric8Json.serialization().convertValue(base, Container.class);
  }

  private static void mergeObject(ObjectNode base, ObjectNode patch, boolean containerLevel) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      JsonNode value = f.getValue();
      JsonNode current = base.get(key);
      if (value.isNull()) {
        base.remove(key);
      } else if (containerLevel
          && MERGE_KEYS.containsKey(key)
          && value.isArray()
          && current != null
          && current.isArray()) {
        mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(key));
      } else if (value.isObject() && current != null && current.isObject()) {
        mergeObject((ObjectNode) current, (ObjectNode) value, false);
      } else {
        base.set(key, value.deepCopy());
      }
    }
  }

  private static void mergeList(ArrayNode base, ArrayNode patch, String mergeKey) {
    for (JsonNode item : patch) {
      JsonNode key = item.get(mergeKey);
      ObjectNode match = null;
      for (JsonNode existing : base) {
        if (key != null && key.equals(existing.get(mergeKey))) {
          match = (ObjectNode) existing;
          break;
        }
      }
      if (match != null && item.isObject()) {
        mergeObject(match, (ObjectNode) item, false);
      } else {
        base.add(item.deepCopy());
      }
    }
  }
}
