package dev.llmisvc.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import dev.llmisvc.api.schema.ModelFields.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The typed models and the Go type tables ({@code *.types}) describe the same KServe types twice;
 * this test compares the two descriptions with each other, field by field, so neither can drift.
 *
 * <p>How: starting from {@code LLMInferenceService} and {@code LLMInferenceServiceConfig} of each
 * API version, it walks the model and the table in parallel. For each pair (model class, Go struct)
 * it takes the model's JSON fields as Jackson writes and reads them ({@link ModelFields}) and the
 * struct's JSON fields flattened as Go's {@code encoding/json} flattens embedded structs ({@link
 * #goJsonFields}), and reports every field on one side only, every field the model writes but does
 * not read (or the reverse), and every field whose kind (scalar, object, list, map, and the kinds
 * of list and map elements) differs. Where both sides hold an object it descends into the pair: a
 * typed model class against its Go struct. An {@link dev.llmisvc.api.common.Embedded} on the model
 * side (Kubernetes, Gateway API and autoscaling types, kept as JSON trees) ends the walk; a KServe
 * struct ({@code v1alpha1.*}, {@code v1alpha2.*}) that the table reaches but no model class stands
 * for is reported too.
 *
 * <p>What it does not check: pointers, {@code omitempty}, CRD constraints, enum values and field
 * order (other tests pin those); scalars are one kind (a string and an int32 agree); {@code
 * RawExtension} only agrees with arbitrary JSON on the model side.
 */
class ModelsAgreeWithGoTablesTest {

  /**
   * Known differences between the models and the table, each with why it is accepted. A difference
   * listed here that no longer occurs fails the test too, so the list cannot outlive its reason.
   */
  private static final Map<String, String> DECLARED = declared();

  private static Map<String, String> declared() {
    Map<String, String> d = new LinkedHashMap<>();
    for (String version : List.of("v1alpha1", "v1alpha2")) {
      d.put(
          version
              + " LoRASpec: field \"adapters\": kind differs: table list of object ([]"
              + version
              + ".LLMModelSpec), model list of any",
          "the CRD keeps adapters schemaless (schemaless=true), so the model keeps each as JSON");
    }
    d.put(
        "v1alpha2 HPAScalingSpec: field \"behavior\": kind differs: table object"
            + " (*autoscaling.HorizontalPodAutoscalerBehavior), model any",
        "drift: the model keeps wva.hpa.behavior as untyped JSON; Go and the CRD type it");
    d.put(
        "keda HorizontalPodAutoscalerConfig: field \"behavior\": kind differs: table object"
            + " (*autoscaling.HorizontalPodAutoscalerBehavior), model any",
        "drift: the model keeps KEDA's HPA behavior as untyped JSON; Go and the CRD type it");
    d.put(
        "gatewayapi ObjectReference: field \"sectionName\": in the model, not in the table",
        "drift: one model ObjectReference serves ObjectReference and BackendObjectReference and"
            + " adds sectionName, which neither Gateway API type has");
    d.put(
        "gatewayapi ObjectReference: field \"port\": in the model, not in the table",
        "drift: the shared model ObjectReference carries BackendObjectReference's port");
    d.put(
        "gatewayapi BackendObjectReference: field \"sectionName\": in the model, not in the table",
        "drift: the shared model ObjectReference adds sectionName to status backendRef");
    return d;
  }

  private final GoSchema schema = GoSchema.kserve();

  @Test
  void modelsAndGoTablesDeclareTheSameJsonFields() {
    Set<String> found = new LinkedHashSet<>(differences());
    List<String> undeclared = found.stream().filter(f -> !DECLARED.containsKey(f)).toList();
    List<String> stale = DECLARED.keySet().stream().filter(d -> !found.contains(d)).toList();
    assertThat(report(undeclared, stale)).isEmpty();
  }

  @Test
  void theWalkReachesTheNestedKServeStructsOfBothVersions() {
    // guards the walk itself: a walk that stopped early would find no differences
    Set<String> visited = new TreeSet<>();
    walk(visited);
    assertThat(visited)
        .contains(
            "v1alpha1.LLMInferenceServiceSpec",
            "v1alpha1.LoRASpec",
            "v1alpha1.InferencePoolSpec",
            "gie.v1alpha2.InferencePoolSpec",
            "v1alpha2.LLMInferenceServiceSpec",
            "v1alpha2.ParallelismSpec",
            "v1alpha2.ScalingSpec",
            "v1alpha2.KEDAScalingSpec",
            "v1alpha2.PVCRefTierSpec",
            "v1alpha2.GroupMemberStatus",
            "v1alpha2.LLMInferenceServiceConfigStatus",
            "gie.v1.EndpointPickerRef");
  }

  private static String report(List<String> undeclared, List<String> stale) {
    StringBuilder out = new StringBuilder();
    if (!undeclared.isEmpty()) {
      out.append("The typed models and the Go tables disagree:\n");
      undeclared.forEach(u -> out.append("  ").append(u).append('\n'));
    }
    if (!stale.isEmpty()) {
      out.append("Declared differences that no longer occur (remove them from DECLARED):\n");
      stale.forEach(s -> out.append("  ").append(s).append('\n'));
    }
    return out.toString();
  }

  private List<String> differences() {
    return walk(new HashSet<>());
  }

  /** Walks every (model class, Go struct) pair; returns the differences, fills visited structs. */
  private List<String> walk(Set<String> visitedStructs) {
    List<String> out = new ArrayList<>();
    Deque<Pair> queue = new ArrayDeque<>();
    for (String version : List.of("v1alpha1", "v1alpha2")) {
      for (String kind : List.of("LLMInferenceService", "LLMInferenceServiceConfig")) {
        queue.add(new Pair(modelClass(version, kind), struct(version + "." + kind)));
      }
    }
    Set<Pair> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      Pair pair = queue.removeFirst();
      if (!seen.add(pair)) {
        continue;
      }
      visitedStructs.add(pair.struct().name());
      compare(pair, out, queue);
    }
    for (String name : kserveStructsReachable()) {
      if (!visitedStructs.contains(name) && !inlinedOnly(name, visitedStructs)) {
        out.add(label(name) + ": in the table, no model class stands for it");
      }
    }
    return out;
  }

  private void compare(Pair pair, List<String> out, Deque<Pair> queue) {
    String where = label(pair.struct().name()) + ": field \"";
    Map<String, GoField> table = goJsonFields(pair.struct());
    Map<String, JavaType> written = ModelFields.written(pair.model());
    Map<String, JavaType> read = ModelFields.read(pair.model());
    Set<String> names = new LinkedHashSet<>(table.keySet());
    names.addAll(written.keySet());
    names.addAll(read.keySet());
    for (String name : names) {
      GoField go = table.get(name);
      JavaType java = written.containsKey(name) ? written.get(name) : read.get(name);
      if (written.containsKey(name) != read.containsKey(name)) {
        out.add(
            where
                + name
                + "\": the model "
                + (written.containsKey(name)
                    ? "writes it but does not read it"
                    : "reads it but does not write it"));
      }
      if (go == null) {
        out.add(where + name + "\": in the model, not in the table");
        continue;
      }
      if (java == null) {
        out.add(where + name + "\": in the table, not in the model");
        continue;
      }
      Shape goShape = ModelFields.shape(go.type());
      Shape javaShape = ModelFields.shape(java);
      if (!goShape.sameKind(javaShape)) {
        out.add(
            where
                + name
                + "\": kind differs: table "
                + goShape.kindText()
                + " ("
                + go.type()
                + "), model "
                + javaShape);
        continue;
      }
      if (goShape.leaf().target() instanceof String structName) {
        GoStruct next = struct(structName);
        javaShape.leaf().model().ifPresent(m -> queue.add(new Pair(m, next)));
      }
    }
  }

  /**
   * The JSON fields of a Go struct as {@code encoding/json} sees them: the fields of inline
   * (anonymous, untagged) structs are promoted into the parent; among fields with the same name the
   * shallowest wins, and several at the same depth cancel each other out (every field of the tables
   * has a JSON tag, so Go's tie-break by tag does not apply). A field with its own JSON key ({@code
   * metadata}) is not flattened.
   */
  Map<String, GoField> goJsonFields(GoStruct struct) {
    Map<String, List<Candidate>> byName = new LinkedHashMap<>();
    collect(struct, 0, byName, new HashSet<>());
    Map<String, GoField> fields = new LinkedHashMap<>();
    byName.forEach(
        (name, candidates) -> {
          int depth = candidates.stream().mapToInt(Candidate::depth).min().orElseThrow();
          List<Candidate> shallowest = candidates.stream().filter(c -> c.depth() == depth).toList();
          if (shallowest.size() == 1) {
            fields.put(name, shallowest.get(0).field());
          }
        });
    return fields;
  }

  private void collect(
      GoStruct struct, int depth, Map<String, List<Candidate>> into, Set<String> path) {
    if (!path.add(struct.name())) {
      return; // Go stops at a struct embedded in itself
    }
    for (GoField f : struct.fields()) {
      if (f.inline()) {
        collect(struct(((GoType.Named) f.type().dereferenced()).name()), depth + 1, into, path);
      } else {
        into.computeIfAbsent(f.jsonName(), k -> new ArrayList<>()).add(new Candidate(f, depth));
      }
    }
    path.remove(struct.name());
  }

  /** The KServe structs the table reaches from the four roots, inline embeddings included. */
  private Set<String> kserveStructsReachable() {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String version : List.of("v1alpha1", "v1alpha2")) {
      todo.add(version + ".LLMInferenceService");
      todo.add(version + ".LLMInferenceServiceConfig");
    }
    while (!todo.isEmpty()) {
      String name = todo.removeFirst();
      if (!reached.add(name)) {
        continue;
      }
      for (GoField f : struct(name).fields()) {
        GoType t = f.type();
        while (!(t instanceof GoType.Named)) {
          if (t instanceof GoType.Pointer p) {
            t = p.element();
          } else if (t instanceof GoType.Slice s) {
            t = s.element();
          } else if (t instanceof GoType.MapOf m) {
            t = m.element();
          } else {
            break;
          }
        }
        if (t instanceof GoType.Named n && isKServe(n.name())) {
          todo.add(n.name());
        }
      }
    }
    return reached;
  }

  /** True when every use of the struct is as an inline embedding in a visited struct. */
  private boolean inlinedOnly(String name, Set<String> visited) {
    boolean used = false;
    for (GoStruct s : schema.structs()) {
      for (GoField f : s.fields()) {
        if (f.type().dereferenced() instanceof GoType.Named n && n.name().equals(name)) {
          if (!f.inline() || !visited.contains(s.name())) {
            return false;
          }
          used = true;
        }
      }
    }
    return used;
  }

  private static boolean isKServe(String name) {
    return name.startsWith("v1alpha1.") || name.startsWith("v1alpha2.");
  }

  private GoStruct struct(String name) {
    return schema
        .struct(name)
        .orElseThrow(() -> new IllegalStateException("the table has no struct " + name));
  }

  private static Class<?> modelClass(String version, String kind) {
    try {
      return Class.forName("dev.llmisvc.api." + version + "." + kind);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code v1alpha2.LLMInferenceServiceSpec} as {@code v1alpha2 LLMInferenceServiceSpec}. */
  static String label(String structName) {
    int dot = structName.lastIndexOf('.');
    return structName.substring(0, dot) + " " + structName.substring(dot + 1);
  }

  private record Pair(Class<?> model, GoStruct struct) {}

  private record Candidate(GoField field, int depth) {}
}
