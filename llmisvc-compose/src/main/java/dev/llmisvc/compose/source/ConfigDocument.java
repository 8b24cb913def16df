package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One LLMInferenceServiceConfig as a source holds it.
 *
 * @param namespace the namespace it lives in (for files without one: the caller's default)
 * @param name its {@code metadata.name}
 * @param object the whole object ({@code apiVersion}, {@code kind}, {@code metadata}, {@code
 *     spec}); callers that change it should copy it first
 * @param origin where it came from, for messages and provenance, e.g. {@code configs/gpu.yaml} or
 *     {@code builtin:kserve-aaac4e2}
 */
public record ConfigDocument(String namespace, String name, ObjectNode object, String origin) {
  public ConfigDocument {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(origin, "origin");
  }

  /** The object's {@code spec}, an empty object when it has none. */
  public ObjectNode spec() {
    JsonNode spec = object.get("spec");
    return spec instanceof ObjectNode ? (ObjectNode) spec : JsonNodeFactory.instance.objectNode();
  }

  /** {@code namespace/name}. */
  public String key() {
    return namespace + "/" + name;
  }
}
