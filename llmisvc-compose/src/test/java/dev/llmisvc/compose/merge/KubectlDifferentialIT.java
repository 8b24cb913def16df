package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Differential test of the apply step against kubectl: random pod templates in 2-4 layers, merged
 * by {@link SpecMerger} on {@code {template: ...}} and by chained {@code kubectl patch --local
 * --type strategic} on a Deployment. kubectl gets the very documents KServe would apply (the first
 * layer Go-encoded, the others SetDefaults-ed, Go-encoded, minus empty {@code model.uri}); its
 * output is Go-encoded before the comparison, since kubectl does not re-encode through the types.
 *
 * <p>10 tries of 20 layer stacks each: 200 stacks, run 4 at a time.
 */
class KubectlDifferentialIT {
  private static final int STACKS_PER_TRY = 20;
  private static final GoSchema SCHEMA = GoSchema.kserve();
  private static final GoStruct POD_SPEC = SCHEMA.struct("core.PodSpec").orElseThrow();
  private static final AtomicInteger AGREED = new AtomicInteger();
  private static ExecutorService pool;

  private final SpecMerger merger = SpecMerger.kserve();
  private final GoSerialisation go = new GoSerialisation(SCHEMA);

  /** Skips the property, visibly, on a machine without kubectl. */
  static final class NeedsKubectl implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return Kubectl.available()
          ? SkipResult.doNotSkip()
          : SkipResult.skip("kubectl not on PATH: differential test skipped");
    }
  }

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterContainer
  static void report() {
    pool.shutdown();
    if (AGREED.get() > 0) {
      System.out.printf("kubectl differential: %d layer stacks agreed%n", AGREED.get());
    }
  }

  @Provide
  Arbitrary<List<List<ObjectNode>>> batches() {
    return PodSpecArbitraries.templateLayers().list().ofSize(STACKS_PER_TRY);
  }

  @Property(tries = 10)
  @AddLifecycleHook(NeedsKubectl.class)
  void mergingPodTemplatesAgreesWithKubectl(@ForAll("batches") List<List<ObjectNode>> batch)
      throws Exception {
    List<Future<String>> verdicts = new ArrayList<>();
    for (List<ObjectNode> stack : batch) {
      verdicts.add(pool.submit(() -> compare(stack)));
    }
    List<String> disagreements = new ArrayList<>();
    for (Future<String> v : verdicts) {
      String verdict = v.get();
      if (verdict.isEmpty()) {
        AGREED.incrementAndGet();
      } else {
        disagreements.add(verdict);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private String compare(List<ObjectNode> specs) {
    List<Layer> layers = PodSpecArbitraries.asLayers(specs);
    JsonNode base = merger.baseOf(layers.get(0)).path("template");
    List<JsonNode> patches = new ArrayList<>();
    for (Layer layer : layers.subList(1, layers.size())) {
      JsonNode p = merger.patchOf(layer, new ArrayList<>()).get("template");
      patches.add(p == null ? JsonNodeFactory.instance.objectNode() : p);
    }
    Kubectl.Outcome theirs = Kubectl.patchChain(base, patches);
    JsonNode ours;
    try {
      ours = merger.merge(layers).spec().path("template");
    } catch (MergeException e) {
      return theirs.failed()
          ? ""
          : "we failed (" + e.getMessage() + ") where kubectl did not: " + specs;
    }
    if (theirs.failed()) {
      return "kubectl failed (" + theirs.error() + ") where we did not: " + specs;
    }
    ObjectNode expected = go.encode(POD_SPEC, theirs.podSpec());
    PatchApplication.stripNulls(expected);
    return expected.equals(ours)
        ? ""
        : "layers " + specs + "\n kubectl: " + expected + "\n ours:    " + ours;
  }
}
