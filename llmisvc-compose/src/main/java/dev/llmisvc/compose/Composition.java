package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.merge.LayerDiagnostics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of composing one service: the effective service KServe would use, the configs applied
 * (in merge order), the {@code PresetsCombined} outcome, where every value came from, and what
 * KServe would do silently that a user may not expect.
 *
 * <p>{@code T} is the type the service was given in: a typed {@code LLMInferenceService} of either
 * version, or a resource tree for YAML-first callers. {@link #effective()} answers in that type;
 * {@link #hub()} always answers in v1alpha2, the version KServe composes and renders in.
 *
 * <pre>{@code
 * Composition<LLMInferenceService> c = composer.compose(service);
 * if (c.succeeded()) {
 *   LLMInferenceService effective = c.effective();
 *   c.origin(FieldPath.parse("template.containers[name=main].image"))
 *       .flatMap(FieldOrigin::layer);   // Preset:kserve/kserve-config-llm-template
 * }
 * }</pre>
 *
 * @param <T> the type of the service as given to {@link Composer#compose}
 */
public final class Composition<T> {
  private final ObjectNode service;
  private final ApiVersion inputVersion;
  private final ObjectNode spec;
  private final List<AppliedConfigRef> appliedConfigs;
  private final ComposeCondition condition;
  private final java.util.function.Supplier<Map<String, FieldOrigin>> originSource;
  private volatile Map<String, FieldOrigin> origins;
  private final List<LayerDiagnostics> diagnostics;
  private final List<String> warnings;
  private final List<String> missingConfigs;
  private final Function<ObjectNode, T> asInput;
  private final List<LayerSpec> layerSpecs;

  /** A merged layer's spec as it went into the merge (v1alpha2, before templates); not copied. */
  record LayerSpec(LayerId id, ObjectNode spec) {}

  Composition(
      ObjectNode service,
      ApiVersion inputVersion,
      ObjectNode spec,
      List<AppliedConfigRef> appliedConfigs,
      ComposeCondition condition,
      java.util.function.Supplier<Map<String, FieldOrigin>> origins,
      List<LayerDiagnostics> diagnostics,
      List<String> warnings,
      List<String> missingConfigs,
      Function<ObjectNode, T> asInput,
      List<LayerSpec> layerSpecs) {
    this.service = service;
    this.inputVersion = inputVersion;
    this.spec = spec;
    this.appliedConfigs = List.copyOf(appliedConfigs);
    this.condition = condition;
    this.originSource = origins;
    this.diagnostics = List.copyOf(diagnostics);
    this.warnings = List.copyOf(warnings);
    this.missingConfigs = List.copyOf(missingConfigs);
    this.asInput = asInput;
    this.layerSpecs = List.copyOf(layerSpecs);
  }

  /**
   * The origins, worked out on first use: following every leaf through the merge and the post-merge
   * steps costs more than composing, and most callers never ask.
   */
  private Map<String, FieldOrigin> originMap() {
    Map<String, FieldOrigin> o = origins;
    if (o == null) {
      synchronized (this) {
        o = origins;
        if (o == null) {
          o = Collections.unmodifiableMap(new LinkedHashMap<>(originSource.get()));
          origins = o;
        }
      }
    }
    return o;
  }

  /**
   * Whether the configs were combined: true when {@link #condition()} succeeded, and also for a
   * stopped service whose composition failed (KServe then keeps its raw spec, see {@link
   * #warnings()}).
   *
   * @return true when {@link #effective()} has a value to give
   */
  public boolean succeeded() {
    return spec != null;
  }

  /**
   * The effective service in the type it was given in: {@code apiVersion} (the input's), {@code
   * kind}, {@code metadata}, the effective {@code spec} and, for v1alpha2, {@code
   * status.appliedConfigs}. A v1alpha1 service is converted back, which drops what v1alpha1 cannot
   * hold (see {@link Conversion}); its applied configs are in {@link #appliedConfigs()}.
   *
   * @return the effective service
   * @throws CompositionFailedException when the configs could not be combined
   */
  public T effective() {
    return asInput.apply(toResource());
  }

  /**
   * The effective service in v1alpha2, the version KServe composes and renders in, whatever version
   * it was given in: what a renderer takes.
   *
   * @return the effective v1alpha2 service, with {@code status.appliedConfigs}
   * @throws CompositionFailedException when the configs could not be combined
   */
  public LLMInferenceService hub() {
    return LlmisvcMapper.fromTree(resource(ApiVersion.V1ALPHA2), LLMInferenceService.class);
  }

  /**
   * The service as composed: converted to v1alpha2, webhook defaults and pins applied.
   *
   * @return a copy of its tree
   */
  public ObjectNode service() {
    return service.deepCopy();
  }

  /**
   * The service's {@code metadata.name}.
   *
   * @return the name
   */
  public String name() {
    return service.path("metadata").path("name").asText("");
  }

  /**
   * The service's {@code metadata.namespace} ({@code default} when it had none).
   *
   * @return the namespace
   */
  public String namespace() {
    return service.path("metadata").path("namespace").asText("");
  }

  /**
   * The effective v1alpha2 spec as a tree, for YAML-first callers; typed callers use {@link
   * #effective()} or {@link #hub()}.
   *
   * @return a copy of the spec; empty when the configs could not be combined
   */
  public Optional<ObjectNode> spec() {
    return Optional.ofNullable(spec).map(ObjectNode::deepCopy);
  }

  /**
   * The configs merged, lowest precedence first, as {@code status.appliedConfigs} lists them; empty
   * when combining failed, as in KServe.
   *
   * @return the applied configs
   */
  public List<AppliedConfigRef> appliedConfigs() {
    return appliedConfigs;
  }

  /**
   * The layers merged, lowest precedence first: the applied configs, then the service.
   *
   * @return the layer ids; empty when combining failed
   */
  public List<LayerId> layers() {
    if (appliedConfigs.isEmpty() && spec == null) {
      return List.of();
    }
    List<LayerId> layers = new java.util.ArrayList<>();
    appliedConfigs.forEach(a -> layers.add(LayerId.of(a)));
    layers.add(LayerId.service(namespace(), name()));
    return List.copyOf(layers);
  }

  /**
   * The {@code PresetsCombined} outcome.
   *
   * @return the condition
   */
  public ComposeCondition condition() {
    return condition;
  }

  /**
   * Where each leaf of the effective spec came from; empty when combining failed. Worked out on the
   * first call (about as costly as the composition itself), then kept.
   *
   * @return origins by path, in the spec's order
   * @throws dev.llmisvc.compose.source.ConfigSourceException when the config source no longer
   *     answers as it did while composing (the origins are worked out by composing again)
   */
  public Map<FieldPath, FieldOrigin> origins() {
    Map<FieldPath, FieldOrigin> out = new LinkedHashMap<>();
    originMap().forEach((p, o) -> out.put(FieldPath.ofCanonical(p), o));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The origin of one leaf.
   *
   * @param path the leaf, e.g. {@code template.containers[name=main].image}
   * @return its origin; empty when the spec has no such leaf
   */
  public Optional<FieldOrigin> origin(FieldPath path) {
    return Optional.ofNullable(originMap().get(path.toString()));
  }

  /**
   * The origin of one leaf, the path given in its canonical spelling.
   *
   * @param path e.g. {@code template.containers[name=main].image}
   * @return its origin; empty when the spec has no such leaf
   * @throws IllegalArgumentException when {@code path} is not a canonical {@link FieldPath}
   */
  public Optional<FieldOrigin> origin(String path) {
    return origin(FieldPath.parse(path));
  }

  /**
   * Every leaf of the effective spec at or below {@code prefix}, explained: its value, its origin
   * and the earlier layers' values it overrode.
   *
   * <pre>{@code
   * for (FieldExplanation e : c.explain(FieldPath.parse("replicas"))) {
   *   e.overrides(); // [Override[layer=UserRef:team/gpu-profile, value=2]]
   * }
   * }</pre>
   *
   * @param prefix a leaf or subtree; {@link FieldPath#root()} for all
   * @return the leaves in document order; empty when combining failed or nothing lies there
   */
  public List<FieldExplanation> explain(FieldPath prefix) {
    if (spec == null) {
      return List.of();
    }
    List<Map<String, com.fasterxml.jackson.databind.JsonNode>> leavesByLayer =
        new java.util.ArrayList<>();
    for (LayerSpec l : layerSpecs) {
      leavesByLayer.add(dev.llmisvc.compose.merge.SpecLeaves.of(l.spec()));
    }
    Map<String, FieldOrigin> origins = originMap();
    List<FieldExplanation> out = new java.util.ArrayList<>();
    dev.llmisvc.compose.merge.SpecLeaves.of(spec)
        .forEach(
            (path, value) -> {
              FieldPath p = FieldPath.ofCanonical(path);
              if (!p.isAtOrBelow(prefix)) {
                return;
              }
              Optional<FieldOrigin> origin = Optional.ofNullable(origins.get(path));
              int winner = origin.flatMap(FieldOrigin::layer).map(id -> indexOf(id)).orElse(-1);
              List<FieldExplanation.Override> overrides = new java.util.ArrayList<>();
              for (int i = 0; i < winner; i++) {
                com.fasterxml.jackson.databind.JsonNode v = leavesByLayer.get(i).get(path);
                if (v != null && !v.equals(value)) {
                  // layer specs may be a source's own documents: hand out copies
                  overrides.add(
                      new FieldExplanation.Override(layerSpecs.get(i).id(), v.deepCopy()));
                }
              }
              out.add(new FieldExplanation(p, value.deepCopy(), origin, overrides));
            });
    return List.copyOf(out);
  }

  private int indexOf(LayerId id) {
    for (int i = 0; i < layerSpecs.size(); i++) {
      if (layerSpecs.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Per layer, in merge order: lists replaced whole, zero values dropped, double sources.
   *
   * @return the diagnostics
   */
  public List<LayerDiagnostics> diagnostics() {
    return diagnostics;
  }

  /**
   * Things worth knowing that do not fail the composition (KServe logs or ignores them).
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Every config the service asked for that was found nowhere. KServe stops at the first; this list
   * names them all.
   *
   * @return the missing config names
   */
  public List<String> missingConfigs() {
    return missingConfigs;
  }

  /**
   * The composed service as a resource tree in the input's version; see {@link #effective()}. For a
   * v1alpha1 input, {@code status.appliedConfigs} (which v1alpha1 has no field for) is kept in the
   * tree anyway because it is what a caller printing the tree asked to see.
   *
   * @return a new tree
   * @throws CompositionFailedException when the configs could not be combined
   */
  public ObjectNode toResource() {
    return resource(inputVersion);
  }

  /**
   * The metadata as the API server stores and prints it: KServe's webhook makes {@code labels}
   * present (possibly empty) for its own use, and Go's {@code omitempty} on ObjectMeta drops an
   * empty {@code labels} or {@code annotations} map again, so {@code kubectl get -o yaml} never
   * shows {@code labels: {}}.
   */
  private static JsonNode storedMetadata(JsonNode metadata) {
    JsonNode copy = metadata.deepCopy();
    if (copy instanceof ObjectNode m) {
      for (String map : new String[] {"labels", "annotations"}) {
        JsonNode value = m.get(map);
        if (value != null && value.isObject() && value.isEmpty()) {
          m.remove(map);
        }
      }
    }
    return copy;
  }

  private ObjectNode resource(ApiVersion version) {
    if (spec == null) {
      throw new CompositionFailedException(name(), namespace(), condition, missingConfigs);
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode out = f.objectNode();
    out.put("apiVersion", ApiVersion.V1ALPHA2.apiVersion());
    out.put("kind", service.path("kind").asText("LLMInferenceService"));
    out.set("metadata", storedMetadata(service.path("metadata")));
    out.set("spec", spec.deepCopy());
    if (version == ApiVersion.V1ALPHA1) {
      out = Conversion.toV1alpha1(out);
    }
    ArrayNode applied = f.arrayNode();
    for (AppliedConfigRef c : appliedConfigs) {
      applied
          .addObject()
          .put("name", c.name())
          .put("namespace", c.namespace())
          .put("source", c.source().wire());
    }
    if (!applied.isEmpty()) {
      out.putObject("status").set("appliedConfigs", applied);
    } else {
      out.remove("status");
    }
    return out;
  }
}
