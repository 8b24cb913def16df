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
import org.junit.jupiter.api.Test;

/**
 * The v1alpha1 and v1alpha2 models differ only where KServe's two API versions differ.
 *
 * <p>How: the typed model trees of both versions are walked in parallel from {@code
 * LLMInferenceService} and {@code LLMInferenceServiceConfig}, matching fields by JSON name (as
 * Jackson writes and reads them, see {@link ModelFields}). Every field present in one version only
 * and every field whose JSON kind or whose type behind an object differs is a difference; where
 * both versions hold a typed model it descends. A class both versions share (the {@code common}
 * package) cannot differ from itself and is not entered. Each pair of classes is compared once,
 * under the first path that reaches it (breadth first, {@code LLMInferenceService} before the
 * Config), so a difference in {@code spec} is named once, not under each root and each recursion
 * ({@code lora.adapters} are {@code LLMModelSpec}s).
 *
 * <p>Every difference must be declared in {@link #DECLARED} with its reason (docs/kserve-api.md
 * §1.9, §7, §8, §9; {@code dev.llmisvc.api.convert.Conversion} carries the same facts), and every
 * declared difference must still exist.
 *
 * <p>What it does not compare: CRD constraints and enum values, Java accessor names, and the
 * content of {@link dev.llmisvc.api.common.Embedded} values beyond the class they hold.
 */
class VersionModelsDifferOnlyAsDeclaredTest {

  /** The intended differences between the versions, each with its reason from KServe's API. */
  private static final Map<String, String> DECLARED = declared();

  private static Map<String, String> declared() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "LLMInferenceService.spec.kvCacheOffloading: only in v1alpha2",
        "KV cache offloading is v1alpha2 only; ConvertFrom drops it (§1.9, §9)");
    d.put(
        "LLMInferenceService.spec.prefill.kvCacheOffloading: only in v1alpha2",
        "the prefill WorkloadSpec has the same v1alpha2-only field (§1.9)");
    d.put(
        "LLMInferenceService.spec.model.criticality: only in v1alpha1",
        "v1alpha1 only; the hub keeps it in the model-criticality annotation (§1.9, §9)");
    d.put(
        "LLMInferenceService.spec.model.confidential: only in v1alpha2",
        "confidential computing is v1alpha2 only; ConvertFrom drops it (§1.9, §9)");
    String pool = "LLMInferenceService.spec.router.scheduler.pool.spec.";
    d.put(
        pool + "selector: v1alpha1 map of scalar, v1alpha2 object PoolSelector",
        "GIE v1alpha2 selector is a label map, GIE v1 a LabelSelector {matchLabels} (§7)");
    d.put(
        pool + "targetPortNumber: only in v1alpha1",
        "GIE v1alpha2 has one port; GIE v1 has targetPorts (§7.3)");
    d.put(
        pool + "extensionRef: only in v1alpha1",
        "GIE v1alpha2's extensionRef became endpointPickerRef in GIE v1 (§7.3)");
    d.put(pool + "targetPorts: only in v1alpha2", "GIE v1 pool ports; extra ports lost going down");
    d.put(pool + "appProtocol: only in v1alpha2", "GIE v1 only; lost going down (§7.3)");
    d.put(
        pool + "endpointPickerRef: only in v1alpha2",
        "GIE v1's name for the v1alpha2 extensionRef (§7.3)");
    d.put(
        "LLMInferenceService.status.addresses[].origin: only in v1alpha2",
        "v1alpha2 addresses are SourcedAddress; origin is lost going down (§8.1, §9)");
    d.put(
        "LLMInferenceService.status.addresses[].models: only in v1alpha2",
        "v1alpha2 addresses are SourcedAddress; models are lost going down (§8.1, §9)");
    d.put(
        "LLMInferenceService.status.router.group: only in v1alpha2",
        "the model group status is v1alpha2 only (§8.1)");
    d.put(
        "LLMInferenceService.status.workloads: only in v1alpha2",
        "workload status is v1alpha2 only; lost going down (§8.1, §9)");
    d.put(
        "LLMInferenceService.status.appliedConfigs: only in v1alpha2",
        "applied config refs are v1alpha2 only; lost going down (§8.1, §9)");
    d.put(
        "LLMInferenceServiceConfig.status.referencedBy: only in v1alpha2",
        "the Config's referencedBy is v1alpha2 only; lost going down (§8.3, §9)");
    return d;
  }

  @Test
  void versionsDifferOnlyWhereKServeDeclaresADifference() {
    Set<String> found = new LinkedHashSet<>(differences());
    List<String> undeclared = found.stream().filter(f -> !DECLARED.containsKey(f)).toList();
    List<String> stale = DECLARED.keySet().stream().filter(d -> !found.contains(d)).toList();
    StringBuilder out = new StringBuilder();
    if (!undeclared.isEmpty()) {
      out.append("v1alpha1 and v1alpha2 models differ where no difference is declared:\n");
      undeclared.forEach(u -> out.append("  ").append(u).append('\n'));
    }
    if (!stale.isEmpty()) {
      out.append("Declared differences that no longer exist (remove them from DECLARED):\n");
      stale.forEach(s -> out.append("  ").append(s).append('\n'));
    }
    assertThat(out.toString()).isEmpty();
  }

  private static List<String> differences() {
    List<String> out = new ArrayList<>();
    Deque<Walk> queue = new ArrayDeque<>();
    for (String kind : List.of("LLMInferenceService", "LLMInferenceServiceConfig")) {
      queue.add(new Walk(model("v1alpha1", kind), model("v1alpha2", kind), kind));
    }
    Set<List<Class<?>>> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      Walk w = queue.removeFirst();
      if (w.v1alpha1() == w.v1alpha2() || !seen.add(List.of(w.v1alpha1(), w.v1alpha2()))) {
        continue;
      }
      Map<String, JavaType> one = fields(w.v1alpha1());
      Map<String, JavaType> two = fields(w.v1alpha2());
      Set<String> names = new LinkedHashSet<>(one.keySet());
      names.addAll(two.keySet());
      for (String name : names) {
        String path = w.path() + "." + name;
        if (!two.containsKey(name)) {
          out.add(path + ": only in v1alpha1");
          continue;
        }
        if (!one.containsKey(name)) {
          out.add(path + ": only in v1alpha2");
          continue;
        }
        Shape a = ModelFields.shape(one.get(name));
        Shape b = ModelFields.shape(two.get(name));
        var modelA = a.leaf().model();
        var modelB = b.leaf().model();
        if (a.sameKind(b) && modelA.isPresent() && modelB.isPresent()) {
          queue.add(new Walk(modelA.get(), modelB.get(), path + "[]".repeat(depth(a))));
        } else if (!a.sameKind(b) || !same(a.leaf(), b.leaf())) {
          out.add(path + ": v1alpha1 " + a + ", v1alpha2 " + b);
        }
      }
    }
    return out;
  }

  /** Two leaves agree when they are the same kind and hold the same type (models aside). */
  private static boolean same(Shape a, Shape b) {
    return a.kind() == b.kind()
        && (a.target() == null ? b.target() == null : a.target().equals(b.target()));
  }

  private static int depth(Shape s) {
    return s.element() == null ? 0 : 1 + depth(s.element());
  }

  /** The fields a model writes, and those it only reads. */
  private static Map<String, JavaType> fields(Class<?> model) {
    Map<String, JavaType> all = new LinkedHashMap<>(ModelFields.written(model));
    ModelFields.read(model).forEach(all::putIfAbsent);
    return all;
  }

  private static Class<?> model(String version, String kind) {
    try {
      return Class.forName("dev.llmisvc.api." + version + "." + kind);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Walk(Class<?> v1alpha1, Class<?> v1alpha2, String path) {}
}
