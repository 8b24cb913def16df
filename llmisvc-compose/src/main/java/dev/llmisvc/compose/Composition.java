package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.compose.merge.LayerDiagnostics;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of composing one service: the effective spec KServe would use, the configs applied (in
 * merge order), the {@code PresetsCombined} outcome, where every value came from, and what KServe
 * would do silently that a user may not expect.
 *
 * <pre>{@code
 * Composition c = composer.compose(service);
 * if (c.condition().succeeded()) {
 *   ObjectNode effective = c.spec().orElseThrow();
 *   c.origin("template.containers[name=main].image"); // Preset:kserve/kserve-config-llm-template
 * }
 * }</pre>
 */
public final class Composition {
  private final ObjectNode service;
  private final ApiVersion inputVersion;
  private final ObjectNode spec;
  private final List<AppliedConfig> appliedConfigs;
  private final ComposeCondition condition;
  private final Map<String, FieldOrigin> origins;
  private final List<LayerDiagnostics> diagnostics;
  private final List<String> warnings;
  private final List<String> missingConfigs;

  Composition(
      ObjectNode service,
      ApiVersion inputVersion,
      ObjectNode spec,
      List<AppliedConfig> appliedConfigs,
      ComposeCondition condition,
      Map<String, FieldOrigin> origins,
      List<LayerDiagnostics> diagnostics,
      List<String> warnings,
      List<String> missingConfigs) {
    this.service = service;
    this.inputVersion = inputVersion;
    this.spec = spec;
    this.appliedConfigs = List.copyOf(appliedConfigs);
    this.condition = condition;
    this.origins = Map.copyOf(origins);
    this.diagnostics = List.copyOf(diagnostics);
    this.warnings = List.copyOf(warnings);
    this.missingConfigs = List.copyOf(missingConfigs);
  }

  /** The service as composed: converted to v1alpha2, webhook defaults and pins applied. */
  public ObjectNode service() {
    return service.deepCopy();
  }

  /** The service's {@code metadata.name}. */
  public String name() {
    return service.path("metadata").path("name").asText("");
  }

  /** The service's {@code metadata.namespace}. */
  public String namespace() {
    return service.path("metadata").path("namespace").asText("");
  }

  /** The effective v1alpha2 spec; empty when the configs could not be combined. */
  public Optional<ObjectNode> spec() {
    return Optional.ofNullable(spec).map(ObjectNode::deepCopy);
  }

  /** The configs merged, lowest precedence first; empty when combining failed, as in KServe. */
  public List<AppliedConfig> appliedConfigs() {
    return appliedConfigs;
  }

  /** The {@code PresetsCombined} outcome. */
  public ComposeCondition condition() {
    return condition;
  }

  /**
   * Where each leaf of the effective spec came from, by path relative to {@code spec} ({@code
   * template.containers[name=main].image}); empty when combining failed.
   */
  public Map<String, FieldOrigin> origins() {
    return origins;
  }

  /** The origin of one leaf. */
  public Optional<FieldOrigin> origin(String path) {
    return Optional.ofNullable(origins.get(path));
  }

  /** Per layer, in merge order: lists replaced whole, zero values dropped, double sources. */
  public List<LayerDiagnostics> diagnostics() {
    return diagnostics;
  }

  /** Things worth knowing that do not fail the composition (KServe logs or ignores them). */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Every config the service asked for that was found nowhere. KServe stops at the first; this list
   * names them all.
   */
  public List<String> missingConfigs() {
    return missingConfigs;
  }

  /**
   * The composed service as a resource: {@code apiVersion} (the input's), {@code kind}, {@code
   * metadata}, the effective {@code spec} and {@code status.appliedConfigs}. A v1alpha1 input is
   * converted back, which drops what v1alpha1 cannot hold (see {@link Conversion}); {@code
   * appliedConfigs}, which v1alpha1 has no field for, is kept in the output anyway because it is
   * what the caller asked to see.
   *
   * @throws IllegalStateException when combining failed
   */
  public ObjectNode toResource() {
    if (spec == null) {
      throw new IllegalStateException(
          "composition of " + name() + " failed: " + condition.message());
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode out = f.objectNode();
    out.put("apiVersion", ApiVersion.V1ALPHA2.apiVersion());
    out.put("kind", service.path("kind").asText("LLMInferenceService"));
    out.set("metadata", service.path("metadata").deepCopy());
    out.set("spec", spec.deepCopy());
    if (inputVersion == ApiVersion.V1ALPHA1) {
      out = Conversion.toV1alpha1(out);
    }
    ArrayNode applied = f.arrayNode();
    for (AppliedConfig c : appliedConfigs) {
      applied
          .addObject()
          .put("name", c.name())
          .put("namespace", c.namespace())
          .put("source", c.source().name());
    }
    if (!applied.isEmpty()) {
      out.putObject("status").set("appliedConfigs", applied);
    } else {
      out.remove("status");
    }
    return out;
  }
}
