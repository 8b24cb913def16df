package dev.llmisvc.render.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.LlmisvcException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.merge.SpecLeaves;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.internal.Fabric8Json;
import dev.llmisvc.render.internal.diff.LineDiff;
import dev.llmisvc.render.internal.router.RouterComponents;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What changing configs, presets or controller settings does to each service of a fleet, before it
 * happens: every service is composed and rendered in a before and an after {@link DiffSetup}, and
 * the objects KServe's controller would apply are compared. Per service it says which objects are
 * added, removed or changed (the changed fields and a unified YAML diff), which layer of the after
 * composition caused each change of the effective spec, and whether the model server pods would
 * restart ({@link Impact}).
 *
 * <pre>{@code
 * FleetDiff diff = FleetDiff.between(
 *     DiffSetup.of(Composer.builder().configs(currentConfigs).build()),
 *     DiffSetup.of(Composer.builder().configs(proposedConfigs).build()));
 * FleetSummary summary = diff.diffAll(services, d -> {
 *   if (d.impact() == Impact.RESTARTS_PODS) {
 *     System.out.println(d.namespace() + "/" + d.name() + " would restart");
 *   }
 * });
 * summary.restartsPods();   // how many services would restart their pods
 * }</pre>
 *
 * <p>A service that cannot be composed or rendered in a setup gives a {@link ServiceDiff} with
 * {@link Impact#FAILED} and its {@link ServiceDiff#errors()}; nothing is thrown for it.
 *
 * <p>A fleet streams: {@link #diffAll} and {@link #diff(Stream)} handle one service at a time and
 * keep nothing of it once its diff is handed out, so memory does not grow with the fleet. The two
 * composers are reused for every service, so the merge of each config combination is computed once
 * per setup. A {@code FleetDiff} may be shared between threads when its composers may be.
 */
public final class FleetDiff {
  /** Lines of context around a change in {@link ObjectChange#unifiedDiff()}. */
  public static final int CONTEXT_LINES = 3;

  private static final Set<String> WORKLOAD_KINDS =
      Set.of("Deployment", "LeaderWorkerSet", "StatefulSet");
  private static final Set<String> ROUTING_KINDS = Set.of("HTTPRoute", "InferencePool", "Service");
  private static final String COMPONENT = "app.kubernetes.io/component";

  private final DiffSetup before;
  private final DiffSetup after;

  private FleetDiff(DiffSetup before, DiffSetup after) {
    this.before = Objects.requireNonNull(before, "before");
    this.after = Objects.requireNonNull(after, "after");
  }

  /**
   * A diff of the {@code after} setup against the {@code before} one.
   *
   * @param before the setup running now
   * @param after the setup proposed
   * @return the diff
   */
  public static FleetDiff between(DiffSetup before, DiffSetup after) {
    return new FleetDiff(before, after);
  }

  /**
   * The before setup.
   *
   * @return the setup
   */
  public DiffSetup before() {
    return before;
  }

  /**
   * The after setup.
   *
   * @return the setup
   */
  public DiffSetup after() {
    return after;
  }

  /**
   * Diffs one service, composed and rendered in both setups.
   *
   * @param service the service as a user applies it
   * @return its diff
   */
  public ServiceDiff diff(LLMInferenceService service) {
    return diff(service, service);
  }

  /**
   * Diffs two versions of one service: {@code beforeService} in the before setup against {@code
   * afterService} in the after setup (use the same setup twice to see what editing a service does).
   *
   * @param beforeService the version running now
   * @param afterService the version proposed
   * @return the diff, named after {@code afterService}
   */
  public ServiceDiff diff(LLMInferenceService beforeService, LLMInferenceService afterService) {
    return diff(c -> c.compose(beforeService), c -> c.compose(afterService));
  }

  /**
   * Diffs one service given as a resource tree (v1alpha1 or v1alpha2), for YAML-first callers.
   *
   * @param service an {@code LLMInferenceService} resource tree; not changed
   * @return its diff; {@link Impact#FAILED}, with the reason on both sides, when {@code service} is
   *     not an {@code LLMInferenceService} of a known {@code apiVersion}
   */
  public ServiceDiff diff(ObjectNode service) {
    return diff(c -> c.compose(service), c -> c.compose(service));
  }

  /**
   * Diffs services lazily, one at a time as the returned stream is consumed, in input order.
   *
   * @param services the fleet
   * @return one diff per service
   */
  public Stream<ServiceDiff> diff(Stream<LLMInferenceService> services) {
    return services.map(this::diff);
  }

  /**
   * Diffs every service, handing each diff to {@code each} as soon as it is made, and counts them.
   *
   * @param services the fleet, read once in order
   * @param each receives each service's diff, in input order
   * @return the counts by impact
   */
  public FleetSummary diffAll(
      Iterable<LLMInferenceService> services, Consumer<? super ServiceDiff> each) {
    FleetSummary summary = FleetSummary.empty();
    Iterator<LLMInferenceService> it = services.iterator();
    while (it.hasNext()) {
      ServiceDiff d = diff(it.next());
      each.accept(d);
      summary = summary.plus(d);
    }
    return summary;
  }

  /** What one setup made of a service: the composition and its objects, or why it failed. */
  private record Side(Composition<?> composition, List<HasMetadata> objects, String error) {}

  private ServiceDiff diff(
      Function<Composer, Composition<?>> composeBefore,
      Function<Composer, Composition<?>> composeAfter) {
    Side b = side(before, composeBefore);
    Side a = side(after, composeAfter);
    Composition<?> named = a.composition() != null ? a.composition() : b.composition();
    String namespace = named == null ? "" : named.namespace();
    String name = named == null ? "" : named.name();
    List<DiffError> errors = new ArrayList<>();
    if (b.error() != null) {
      errors.add(new DiffError(DiffError.Side.BEFORE, b.error()));
    }
    if (a.error() != null) {
      errors.add(new DiffError(DiffError.Side.AFTER, a.error()));
    }
    if (!errors.isEmpty()) {
      return new ServiceDiff(namespace, name, Impact.FAILED, List.of(), List.of(), errors);
    }
    List<Found> found = objectChanges(b.objects(), a.objects());
    List<SpecChange> specChanges =
        found.isEmpty() ? List.of() : specChanges(b.composition(), a.composition());
    return new ServiceDiff(
        namespace,
        name,
        impact(found),
        found.stream().map(Found::change).toList(),
        specChanges,
        List.of());
  }

  private static Side side(DiffSetup setup, Function<Composer, Composition<?>> compose) {
    Composition<?> c;
    try {
      c = compose.apply(setup.composer());
    } catch (LlmisvcException | IllegalArgumentException e) {
      return new Side(null, List.of(), e.getMessage());
    }
    if (!c.succeeded()) {
      return new Side(c, List.of(), c.condition().describe());
    }
    try {
      Rendering r = Renderer.render(c, setup.renderSettings());
      return new Side(c, r.objects(), null);
    } catch (LlmisvcException e) {
      return new Side(c, List.of(), e.getMessage());
    }
  }

  private static ObjectRef ref(JsonNode tree) {
    JsonNode meta = tree.path("metadata");
    return new ObjectRef(
        tree.path("apiVersion").asText(""),
        tree.path("kind").asText(""),
        meta.path("namespace").asText(""),
        meta.path("name").asText(""));
  }

  private static List<Found> objectChanges(
      List<HasMetadata> beforeObjects, List<HasMetadata> afterObjects) {
    Map<ObjectRef, HasMetadata> beforeByRef = new LinkedHashMap<>();
    Map<ObjectRef, JsonNode> beforeTrees = new LinkedHashMap<>();
    for (HasMetadata o : beforeObjects) {
      JsonNode t = Fabric8Json.serialization().convertValue(o, JsonNode.class);
      beforeByRef.put(ref(t), o);
      beforeTrees.put(ref(t), t);
    }
    List<Found> out = new ArrayList<>();
    Set<ObjectRef> seen = new LinkedHashSet<>();
    for (HasMetadata o : afterObjects) {
      JsonNode t = Fabric8Json.serialization().convertValue(o, JsonNode.class);
      ObjectRef ref = ref(t);
      seen.add(ref);
      JsonNode old = beforeTrees.get(ref);
      if (old == null) {
        out.add(
            new Found(
                new ObjectChange(
                    ref, ObjectChange.Type.ADDED, List.of(), unified(ref, "", Rendering.toYaml(o))),
                isRouter(t)));
      } else if (!old.equals(t)) {
        List<FieldChange> fields = new ArrayList<>();
        fieldChanges("", old, t, fields);
        out.add(
            new Found(
                new ObjectChange(
                    ref,
                    ObjectChange.Type.CHANGED,
                    fields,
                    unified(ref, Rendering.toYaml(beforeByRef.get(ref)), Rendering.toYaml(o))),
                isRouter(t) && isRouter(old)));
      }
    }
    beforeByRef.forEach(
        (ref, o) -> {
          if (!seen.contains(ref)) {
            out.add(
                new Found(
                    new ObjectChange(
                        ref,
                        ObjectChange.Type.REMOVED,
                        List.of(),
                        unified(ref, Rendering.toYaml(o), "")),
                    isRouter(beforeTrees.get(ref))));
          }
        });
    return out;
  }

  private static String unified(ObjectRef ref, String beforeYaml, String afterYaml) {
    String label =
        ref.kind() + "/" + (ref.namespace().isEmpty() ? "" : ref.namespace() + "/") + ref.name();
    return LineDiff.unified(
        beforeYaml,
        afterYaml,
        beforeYaml.isEmpty() ? "/dev/null" : "before/" + label,
        afterYaml.isEmpty() ? "/dev/null" : "after/" + label,
        CONTEXT_LINES);
  }

  /** Walks two trees in step and lists every differing leaf, subtree or type. */
  private static void fieldChanges(String path, JsonNode b, JsonNode a, List<FieldChange> out) {
    if (b.equals(a)) {
      return;
    }
    if (b.isObject() && a.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        String p = path.isEmpty() ? key(k) : path + "." + key(k);
        JsonNode bv = b.get(k);
        JsonNode av = a.get(k);
        if (bv == null) {
          out.add(new FieldChange(p, Optional.empty(), Optional.of(av)));
        } else if (av == null) {
          out.add(new FieldChange(p, Optional.of(bv), Optional.empty()));
        } else {
          fieldChanges(p, bv, av, out);
        }
      }
      return;
    }
    if (b.isArray() && a.isArray()) {
      if (byName(b) && byName(a)) {
        Map<String, JsonNode> bItems = new LinkedHashMap<>();
        b.forEach(i -> bItems.put(i.get("name").asText(), i));
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode ai : a) {
          String n = ai.get("name").asText();
          names.add(n);
          String p = path + "[name=" + n + "]";
          JsonNode bi = bItems.get(n);
          if (bi == null) {
            out.add(new FieldChange(p, Optional.empty(), Optional.of(ai)));
          } else {
            fieldChanges(p, bi, ai, out);
          }
        }
        bItems.forEach(
            (n, bi) -> {
              if (!names.contains(n)) {
                out.add(
                    new FieldChange(path + "[name=" + n + "]", Optional.of(bi), Optional.empty()));
              }
            });
        return;
      }
      if (a.size() == b.size()) {
        for (int i = 0; i < a.size(); i++) {
          fieldChanges(path + "[" + i + "]", b.get(i), a.get(i), out);
        }
        return;
      }
    }
    out.add(new FieldChange(path, Optional.of(b), Optional.of(a)));
  }

  /** Whether every item of a list is an object with a distinct string {@code name}. */
  private static boolean byName(JsonNode list) {
    Set<String> names = new java.util.HashSet<>();
    for (JsonNode i : list) {
      if (!i.isObject() || !i.path("name").isTextual() || !names.add(i.get("name").asText())) {
        return false;
      }
    }
    return !list.isEmpty();
  }

  private static String key(String k) {
    return k.matches("[A-Za-z_][A-Za-z0-9_-]*") ? k : "\"" + k.replace("\"", "\\\"") + "\"";
  }

  private static List<SpecChange> specChanges(Composition<?> b, Composition<?> a) {
    Optional<ObjectNode> bs = b.spec();
    Optional<ObjectNode> as = a.spec();
    if (bs.equals(as)) {
      return List.of();
    }
    Map<String, JsonNode> bLeaves = bs.map(SpecLeaves::of).orElse(Map.of());
    Map<String, JsonNode> aLeaves = as.map(SpecLeaves::of).orElse(Map.of());
    Set<String> paths = new LinkedHashSet<>(aLeaves.keySet());
    paths.addAll(bLeaves.keySet());
    List<SpecChange> out = new ArrayList<>();
    for (String p : paths) {
      JsonNode bv = bLeaves.get(p);
      JsonNode av = aLeaves.get(p);
      if (Objects.equals(bv, av)) {
        continue;
      }
      FieldPath path = FieldPath.parse(p);
      Optional<FieldOrigin> afterOrigin = av == null ? Optional.empty() : a.origin(path);
      Optional<FieldOrigin> beforeOrigin = bv == null ? Optional.empty() : b.origin(path);
      out.add(
          new SpecChange(
              path, Optional.ofNullable(bv), Optional.ofNullable(av), afterOrigin, beforeOrigin));
    }
    return out;
  }

  /** A change and whether its object belongs to the router. */
  private record Found(ObjectChange change, boolean router) {}

  private static Impact impact(List<Found> found) {
    if (found.isEmpty()) {
      return Impact.UNCHANGED;
    }
    boolean routingOnly = true;
    for (Found f : found) {
      ObjectChange c = f.change();
      String kind = c.ref().kind();
      if (WORKLOAD_KINDS.contains(kind) && !f.router()) {
        if (c.type() != ObjectChange.Type.CHANGED) {
          return Impact.RESTARTS_PODS;
        }
        for (FieldChange field : c.fields()) {
          if (podTemplate(field.path())) {
            return Impact.RESTARTS_PODS;
          }
        }
      }
      if (!ROUTING_KINDS.contains(kind) && !f.router()) {
        routingOnly = false;
      }
    }
    return routingOnly ? Impact.ROUTING_ONLY : Impact.OTHER_CHANGES;
  }

  private static boolean podTemplate(String path) {
    for (String t : List.of("spec.template", "spec.leaderWorkerTemplate")) {
      if (path.equals(t) || path.startsWith(t + ".") || path.equals("spec")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an object belongs to the router (scheduler, tokenizer, their ConfigMaps, Services and
   * RBAC), by its {@code app.kubernetes.io/component} label.
   */
  private static boolean isRouter(JsonNode tree) {
    String component = tree.path("metadata").path("labels").path(COMPONENT).asText("");
    return RouterComponents.isRouter(component);
  }
}
