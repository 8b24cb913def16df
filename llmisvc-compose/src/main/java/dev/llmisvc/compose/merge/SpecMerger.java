package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.validation.Defaulter;
import java.util.ArrayList;
import java.util.List;

/**
 * KServe's {@code MergeSpecs}: folds {@code LLMInferenceServiceSpec} layers left to right, later
 * layers winning, with the exact two-step semantics of the v1alpha2 controller.
 *
 * <p>For each layer after the first: KServe's {@code SetDefaults} (a pod spec without {@code
 * containers} gets {@code containers: []}, for {@code template}, {@code worker}, {@code
 * prefill.template}, {@code prefill.worker} and {@code router.scheduler.template} only); then Go's
 * serialisation ({@link GoSerialisation}: omitempty zero values vanish, so {@code expert: false} or
 * {@code args: []} cannot undo anything, while pointer zeros such as {@code replicas: 0} and fields
 * without omitempty such as {@code scaling.maxReplicas} always apply); then the diff from the zero
 * spec, which only removes an empty {@code model.uri}; then a strategic merge patch onto the
 * running result: {@code null} deletes, objects merge, the Kubernetes keyed lists ({@code
 * containers}, {@code env}, {@code volumes}, ... from the table's merge keys) merge by key with
 * apimachinery's ordering, every other list is replaced whole. The first layer is taken as it is
 * (no defaults), only re-encoded the Go way.
 *
 * <pre>{@code
 * MergeResult r = SpecMerger.kserve().merge(List.of(
 *     new Layer("Preset:kserve/kserve-config-llm-template", preset),
 *     new Layer("Service:team/my-llm", service)));
 * r.spec();                                             // the effective spec
 * r.provenance().layerOf("template.containers[name=main].image");
 * }</pre>
 *
 * <p>What it does not do: no {@code $retainKeys} (a volume given another source keeps both, as in
 * KServe; see {@link LayerDiagnostics#conflictingSources()}), no {@code $setElementOrder}, no patch
 * directives, no validation, no template substitution, no post-merge fix-ups (pool selector,
 * service account, gateway refs: the composer's job), no quantity canonicalisation. It is not
 * associative in general (fields without omitempty, the first layer's exemption from defaults).
 * Instances are immutable and thread-safe.
 */
public final class SpecMerger {

  private final TypeWalk walk;
  private final GoSerialisation go;
  private final ObjectNode zeroSpec;

  private SpecMerger(GoSchema schema, GoStruct spec) {
    this.walk = new TypeWalk(schema, spec);
    this.go = new GoSerialisation(schema);
    this.zeroSpec = go.encode(spec, JsonNodeFactory.instance.objectNode());
  }

  /** The merger of KServe's v1alpha2 controller, over {@link GoSchema#kserve()}. */
  public static SpecMerger kserve() {
    GoSchema schema = GoSchema.kserve();
    return new SpecMerger(schema, schema.spec("v1alpha2"));
  }

  /**
   * Merges {@code layers} in order, later wins. No layers give the zero spec {@code
   * {"model":{"uri":""}}}; one layer gives that layer as Go encodes it.
   *
   * @throws MergeException when KServe's merge fails (a keyed item without its key, two objects or
   *     lists under the same key of a RawExtension), naming the layer and the path
   */
  public MergeResult merge(List<Layer> layers) {
    return merge(layers, true);
  }

  /**
   * {@link #merge(List)}, with or without provenance: following who wrote each path costs about a
   * fifth of a merge, and a caller that never reads {@link MergeResult#provenance()} can skip it.
   *
   * @param layers the layers, lowest precedence first
   * @param provenance whether {@link MergeResult#provenance()} is filled; without, it is empty
   * @return the merged spec, its diagnostics and, if asked, its provenance
   * @throws MergeException as {@link #merge(List)}
   */
  public MergeResult merge(List<Layer> layers, boolean provenance) {
    if (layers.isEmpty()) {
      Ownership ownership = new Ownership(provenance);
      ObjectNode zero = zeroSpec.deepCopy();
      return new FoldedSpec(zero, ownership.of(zero, walk), List.of());
    }
    Fold fold = start(layers.get(0), new Ownership(provenance));
    for (Layer layer : layers.subList(1, layers.size())) {
      step(fold, layer);
    }
    return finish(fold);
  }

  /**
   * The leading layers of many merges folded once: {@link #merge(Prefix, List)} continues from here
   * and gives what {@link #merge(List, boolean)} gives for the prefix's layers followed by the
   * others, without provenance. A composer keeps one per combination of configs, so a fleet merges
   * each preset combination once.
   *
   * @param layers at least one layer, lowest precedence first
   * @return the fold so far; immutable, shareable between threads
   * @throws MergeException as {@link #merge(List)}
   * @throws IllegalArgumentException when {@code layers} is empty
   */
  public Prefix prefix(List<Layer> layers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a prefix needs at least one layer");
    }
    Fold fold = start(layers.get(0), new Ownership(false));
    for (Layer layer : layers.subList(1, layers.size())) {
      step(fold, layer);
    }
    return new Prefix(fold.acc, List.copyOf(fold.diagnostics));
  }

  /**
   * Continues a prefix with more layers; see {@link #prefix}. The result has no provenance.
   *
   * @param prefix the leading layers, folded
   * @param rest the layers after them, lowest precedence first
   * @return the merged spec and the diagnostics of every layer, the prefix's first
   * @throws MergeException as {@link #merge(List)}
   */
  public MergeResult merge(Prefix prefix, List<Layer> rest) {
    Fold fold =
        new Fold(prefix.acc.deepCopy(), new Ownership(false), new ArrayList<>(prefix.diagnostics));
    for (Layer layer : rest) {
      step(fold, layer);
    }
    return finish(fold);
  }

  /** Leading layers folded by {@link #prefix}; nothing in it is ever changed. */
  public static final class Prefix {
    private final ObjectNode acc;
    private final List<LayerDiagnostics> diagnostics;

    private Prefix(ObjectNode acc, List<LayerDiagnostics> diagnostics) {
      this.acc = acc;
      this.diagnostics = diagnostics;
    }
  }

  /** A merge in progress: the running result, who wrote what, each layer's diagnostics. */
  private static final class Fold {
    private ObjectNode acc;
    private final Ownership ownership;
    private final List<LayerDiagnostics> diagnostics;

    Fold(ObjectNode acc, Ownership ownership, List<LayerDiagnostics> diagnostics) {
      this.acc = acc;
      this.ownership = ownership;
      this.diagnostics = diagnostics;
    }
  }

  /** The first layer, taken as it is (no defaults), only re-encoded the Go way. */
  private Fold start(Layer first, Ownership ownership) {
    List<LayerDiagnostics.DroppedValue> droppedFirst = new ArrayList<>();
    ObjectNode acc = go.encode(walk.rootStruct(), first.spec(), droppedFirst);
    recordAll(acc, first.id(), ownership);
    List<LayerDiagnostics> diagnostics = new ArrayList<>();
    diagnostics.add(new LayerDiagnostics(first.id(), List.of(), droppedFirst, List.of()));
    return new Fold(acc, ownership, diagnostics);
  }

  /** One override layer: its patch applied onto the running result. */
  private void step(Fold fold, Layer layer) {
    List<LayerDiagnostics.DroppedValue> dropped = new ArrayList<>();
    ObjectNode patch = patchOf(layer, dropped);
    PatchApplication application = new PatchApplication(walk, layer.id(), fold.ownership);
    application.apply(fold.acc, patch);
    fold.acc = go.reencode(walk.rootStruct(), fold.acc, application.touched());
    fold.diagnostics.add(
        new LayerDiagnostics(layer.id(), application.replaced(), dropped, application.conflicts()));
  }

  private MergeResult finish(Fold fold) {
    PatchApplication.stripNulls(fold.acc);
    return new FoldedSpec(fold.acc, fold.ownership.of(fold.acc, walk), fold.diagnostics);
  }

  private void recordAll(ObjectNode acc, String id, Ownership ownership) {
    new PatchApplication(walk, id, ownership).claimAll(acc);
  }

  /**
   * The patch KServe applies for an override layer: {@code SetDefaults}, Go's encoding, then the
   * two-way diff from the zero spec ({@code {"model":{"uri":""}}}), which removes an empty {@code
   * model.uri} (and {@code model} if that empties it). Visible for the differential tests, which
   * feed the same documents to {@code kubectl patch}.
   */
  ObjectNode patchOf(Layer layer, List<LayerDiagnostics.DroppedValue> dropped) {
    // SetDefaults after the encoding rather than before it, on the encoding rather than on a copy
    // of the layer: a pod spec is an object in the encoding exactly when it is one in the layer,
    // and its containers (no omitempty) encode as null exactly when they are absent or null in
    // the layer; [] encodes as [] in the same place and is never dropped.
    ObjectNode encoded = go.encode(walk.rootStruct(), layer.spec(), dropped);
    for (List<String> podSpec : Defaulter.CONTAINER_DEFAULTED_POD_SPECS) {
      JsonNode node = encoded;
      for (String key : podSpec) {
        node = node.path(key);
      }
      if (node.isObject() && (!node.has("containers") || node.get("containers").isNull())) {
        ((ObjectNode) node).set("containers", JsonNodeFactory.instance.arrayNode());
      }
    }
    return diffFrom(zeroSpec, encoded);
  }

  /**
   * apimachinery's {@code CreateTwoWayMergePatch(original, modified)} where {@code original} has no
   * lists (the zero spec): keys equal in both vanish, objects present in both are diffed
   * recursively and kept only when something differs, keys of the original missing from the
   * modified document would be deleted with a {@code null}.
   */
  static ObjectNode diffFrom(ObjectNode original, ObjectNode modified) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    modified
        .properties()
        .iterator()
        .forEachRemaining(
            e -> {
              JsonNode before = original.get(e.getKey());
              JsonNode after = e.getValue();
              if (before == null) {
                patch.set(e.getKey(), after);
              } else if (before.isObject() && after.isObject()) {
                ObjectNode inner = diffFrom((ObjectNode) before, (ObjectNode) after);
                if (!inner.isEmpty()) {
                  patch.set(e.getKey(), inner);
                }
              } else if (!before.equals(after)) {
                patch.set(e.getKey(), after);
              }
            });
    original
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (!modified.has(k)) {
                patch.putNull(k);
              }
            });
    return patch;
  }

  /** The first layer as Go encodes it (the base of the first patch). */
  ObjectNode baseOf(Layer layer) {
    return go.encode(walk.rootStruct(), layer.spec());
  }

  private record FoldedSpec(
      ObjectNode merged, Provenance provenance, List<LayerDiagnostics> diagnostics)
      implements MergeResult {
    FoldedSpec {
      diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public ObjectNode spec() {
      return merged.deepCopy();
    }

    @Override
    public ObjectNode ownSpec() {
      return merged;
    }
  }
}
