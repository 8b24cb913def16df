package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentReader;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The fleet goal of the issue: {@code llmisvc render -f FLEET -o json} of 10,000 services in at
 * most 3 s on 2 cores with at most 1 GiB of heap. Not JMH: the goal is one cold run, as a user
 * starts the command.
 *
 * <p>It writes N distinct services (default 10,000) into one multi-document YAML file, alternating
 * the two {@link RenderInput}s and varying name, namespace (50 of them), uid and replicas, then
 * times, in this JVM, what {@code RenderCommand} does with that file: read every document, check
 * its kind, validate it as admission would, compose it with one composer per namespace, render it,
 * list its warnings and required objects (to a null writer, as standard error), concatenate the
 * renderings and print them as one JSON {@code List} (to a null writer). The command itself is not
 * on this module's classpath, so this is a copy of its loop through the same library calls; JVM
 * start-up and picocli are not counted.
 *
 * <p>For each run it prints wall time, the process's CPU time (every thread: the main thread, GC,
 * JIT), the main thread's CPU time, the GC count and time, and the peak heap: the largest heap
 * occupancy seen just before a collection or at the end of the run. The first run is the cold one
 * the goal is about; later runs show the warmed-up cost. It also splits the main thread's CPU time
 * by step of the loop (read, validate, compose, render, report, write). A run fails when a service
 * does not compose or render, or renders other objects than {@link RenderInput} expects; a run that
 * runs out of heap says after how many services and ends the program with status 1.
 *
 * <p>Run: {@code java -Xmx1g -cp llmisvc-benchmarks/target/benchmarks.jar
 * dev.llmisvc.benchmarks.RenderFleet [services] [runs] [fleetFile]} (defaults 10,000 services, 3
 * runs, a temporary file that is deleted afterwards; a file named is kept).
 */
public final class RenderFleet {
  private static final int NAMESPACES = 50;

  /** Services the current run has composed, for the report of a run that ran out of memory. */
  private static int progress;

  private RenderFleet() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int services = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean keep = args.length > 2;
    boolean outOfMemory = false;
    Path file = keep ? Path.of(args[2]) : Files.createTempFile("llmisvc-render-fleet-", ".yaml");
    try {
      Files.writeString(file, fleet(services), StandardCharsets.UTF_8);
      System.out.printf(
          Locale.ROOT,
          "fleet: %d services, %d namespaces, %,d bytes in %s%n",
          services,
          Math.min(services, NAMESPACES),
          Files.size(file),
          file);
      System.out.printf(
          Locale.ROOT,
          "jvm: %s %s, max heap %d MiB, %d processors%n",
          System.getProperty("java.vm.name"),
          System.getProperty("java.vm.version"),
          Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors());
      HeapPeak peak = HeapPeak.install();
      for (int run = 1; run <= runs; run++) {
        if (!measure(run, file, services, peak)) {
          outOfMemory = true;
          break;
        }
      }
    } finally {
      if (!keep) {
        Files.deleteIfExists(file);
      }
    }
    if (outOfMemory) {
      System.exit(1);
    }
  }

  /** The service of position {@code i}: the inputs alternate, every field that names it varies. */
  static ObjectNode service(int i) {
    RenderInput input = inputOf(i);
    ObjectNode tree = (ObjectNode) LlmisvcMapper.readTree(input.text());
    ObjectNode metadata = (ObjectNode) tree.get("metadata");
    String namespace = "fleet-" + (i % NAMESPACES);
    String name = String.format(Locale.ROOT, "%s-%05d", metadata.get("name").asText(), i);
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    metadata.put(
        "uid",
        UUID.nameUUIDFromBytes((namespace + "/" + name).getBytes(StandardCharsets.UTF_8))
            .toString());
    ObjectNode spec = (ObjectNode) tree.get("spec");
    spec.put("replicas", 1 + i % 5);
    if (spec.has("prefill")) {
      ((ObjectNode) spec.get("prefill")).put("replicas", 1 + i % 3);
    }
    return tree;
  }

  static RenderInput inputOf(int i) {
    return i % 2 == 0 ? RenderInput.SINGLE_NODE : RenderInput.PD_MULTI_NODE;
  }

  private static String fleet(int services) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < services; i++) {
      text.append("---\n").append(LlmisvcMapper.writeYaml(service(i)));
    }
    return text.toString();
  }

  /** Runs and reports one measurement; false when it ran out of memory. */
  private static boolean measure(int run, Path file, int services, HeapPeak peak)
      throws InterruptedException {
    System.gc();
    Thread.sleep(200); // let the GC notification of System.gc() arrive before the reset
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long gcCount = gcCount();
    long gcMillis = gcMillis();
    peak.reset();

    long wall = System.nanoTime();
    long processCpu = os.getProcessCpuTime();
    long threadCpu = threads.getCurrentThreadCpuTime();
    Result result;
    try {
      result = renderCommand(file);
    } catch (OutOfMemoryError e) {
      // the command's partial state is unreachable now; report how far it got
      System.out.printf(
          Locale.ROOT,
          "run %d: OutOfMemoryError after %d of %d services (max heap %d MiB), wall %.2f s,"
              + " process CPU %.2f s, GC %d collections %.2f s%n",
          run,
          progress,
          services,
          Runtime.getRuntime().maxMemory() >> 20,
          (System.nanoTime() - wall) / 1e9,
          (os.getProcessCpuTime() - processCpu) / 1e9,
          gcCount() - gcCount,
          (gcMillis() - gcMillis) / 1e3);
      return false;
    }
    threadCpu = threads.getCurrentThreadCpuTime() - threadCpu;
    processCpu = os.getProcessCpuTime() - processCpu;
    wall = System.nanoTime() - wall;
    peak.sampleNow();
    Thread.sleep(200); // GC notifications are delivered on another thread
    long heapPeak = peak.peak();

    check(result, services);
    System.out.printf(
        Locale.ROOT,
        "run %d: wall %.2f s, process CPU %.2f s, main-thread CPU %.2f s, GC %d collections"
            + " %.2f s, peak heap %d MiB; %d objects, %,d chars of JSON, %,d lines to stderr%n",
        run,
        wall / 1e9,
        processCpu / 1e9,
        threadCpu / 1e9,
        gcCount() - gcCount,
        (gcMillis() - gcMillis) / 1e3,
        heapPeak >> 20,
        result.all.objects().size(),
        result.outputChars,
        result.errLines);
    System.out.println("  main-thread CPU by phase:");
    result.phases.print();
    return true;
  }

  private record Result(
      Rendering all, long outputChars, int errLines, int failed, int rendered, Phases phases) {}

  /** The steps of the command's loop, in order. */
  private enum Phase {
    READ("read the file"),
    VALIDATE("kind and admission checks"),
    COMPOSE("typed service and compose"),
    RENDER("render, with Composition.hub()"),
    REPORT("warnings and required objects to stderr"),
    WRITE("concat, toJsonList, print");

    final String what;

    Phase(String what) {
      this.what = what;
    }
  }

  /** The main thread's CPU time spent in each {@link Phase}, summed over the services. */
  private static final class Phases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long[] nanos = new long[Phase.values().length];
    private long last = THREADS.getCurrentThreadCpuTime();

    /** Charges the CPU time since the previous call to {@code phase}. */
    void end(Phase phase) {
      long now = THREADS.getCurrentThreadCpuTime();
      nanos[phase.ordinal()] += now - last;
      last = now;
    }

    void print() {
      for (Phase p : Phase.values()) {
        System.out.printf(
            Locale.ROOT, "    %-9s %8.2f s  %s%n", p, nanos[p.ordinal()] / 1e9, p.what);
      }
    }
  }

  /**
   * What {@code RenderCommand.call()} does with {@code -f file -o json}, through the same library
   * calls, standard output and standard error going to null writers.
   */
  private static Result renderCommand(Path file) {
    PrintWriter out = new PrintWriter(Writer.nullWriter());
    PrintWriter err = new PrintWriter(Writer.nullWriter());
    int errLines = 0;
    int failed = 0;
    Map<String, Composer> composers = new HashMap<>();
    List<Rendering> renderings = new ArrayList<>();
    Phases phases = new Phases();
    List<Document> docs = DocumentReader.read(List.of(file));
    phases.end(Phase.READ);
    progress = 0;
    for (Document doc : docs) {
      progress++;
      if (!doc.kind().orElse("").equals("LLMInferenceService")) {
        throw new IllegalStateException(doc.label() + ": not an LLMInferenceService");
      }
      ValidationResult validation =
          LlmisvcValidator.forKind("LLMInferenceService").orElseThrow().validateCreate(doc.tree());
      if (!validation.valid()) {
        throw new IllegalStateException(doc.label() + ": " + validation.messages());
      }
      phases.end(Phase.VALIDATE);
      Composer composer =
          composers.computeIfAbsent(
              doc.namespace().isEmpty() ? "default" : doc.namespace(),
              n -> Composer.builder().build());
      LLMInferenceService service =
          LlmisvcMapper.fromTree(doc.tree().deepCopy(), LLMInferenceService.class);
      Composition<LLMInferenceService> c = composer.compose(service);
      phases.end(Phase.COMPOSE);
      for (String w : c.warnings()) {
        err.println(doc.label() + ": warning: " + w);
        errLines++;
      }
      if (!c.succeeded()) {
        err.println(doc.label() + ": " + c.condition().reason() + ": " + c.condition().message());
        errLines++;
        failed++;
        continue;
      }
      Rendering r =
          Renderer.render(
              c,
              RenderSettings.builder().controller(composer.settings()).generateTls(false).build());
      phases.end(Phase.RENDER);
      for (String w : r.warnings()) {
        err.println(doc.label() + ": warning: " + w);
        errLines++;
      }
      for (RequiredObject o : r.required()) {
        err.println(
            doc.label()
                + ": requires "
                + o.kind()
                + " "
                + (o.namespace().isEmpty() ? "" : o.namespace() + "/")
                + o.name()
                + " ("
                + o.reason()
                + ")");
        errLines++;
      }
      renderings.add(r);
      phases.end(Phase.REPORT);
    }
    Rendering all = Rendering.concat(renderings);
    String text = all.toJsonList() + "\n";
    out.print(text);
    out.flush();
    err.flush();
    phases.end(Phase.WRITE);
    return new Result(all, text.length(), errLines, failed, renderings.size(), phases);
  }

  /** Fails the run when a service failed or rendered other objects than its input's. */
  private static void check(Result result, int services) {
    if (result.failed > 0 || result.rendered != services) {
      throw new IllegalStateException(
          result.rendered + " of " + services + " services rendered, " + result.failed + " failed");
    }
    List<HasMetadata> objects = result.all.objects();
    int at = 0;
    for (int i = 0; i < services; i++) {
      for (String kind : inputOf(i).expectedKinds()) {
        if (at >= objects.size() || !objects.get(at).getKind().equals(kind)) {
          throw new IllegalStateException(
              "service " + i + " (" + inputOf(i) + "): object " + at + " is not a " + kind);
        }
        at++;
      }
    }
    if (at != objects.size()) {
      throw new IllegalStateException(objects.size() + " objects rendered, expected " + at);
    }
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /**
   * The largest heap occupancy since {@link #reset()}: the heap pools' usage just before each
   * collection (where the occupancy peaks), and whatever {@link #sampleNow()} saw. Summing the
   * pools' own peak usages instead would overstate it, since each pool peaks at another moment.
   */
  private static final class HeapPeak {
    private final Set<String> heapPools;
    private final AtomicLong peak = new AtomicLong();

    private HeapPeak(Set<String> heapPools) {
      this.heapPools = heapPools;
    }

    static HeapPeak install() {
      HeapPeak p =
          new HeapPeak(
              ManagementFactory.getMemoryPoolMXBeans().stream()
                  .filter(pool -> pool.getType() == MemoryType.HEAP)
                  .map(MemoryPoolMXBean::getName)
                  .collect(Collectors.toSet()));
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (notification, handback) -> {
                  if (notification
                      .getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GcInfo info =
                        GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData())
                            .getGcInfo();
                    p.record(info.getMemoryUsageBeforeGc());
                  }
                },
                null,
                null);
      }
      return p;
    }

    void reset() {
      peak.set(0);
      sampleNow();
    }

    void sampleNow() {
      peak.accumulateAndGet(
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    long peak() {
      return peak.get();
    }

    private void record(Map<String, MemoryUsage> usage) {
      long used = 0;
      for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
        if (heapPools.contains(e.getKey())) {
          used += e.getValue().getUsed();
        }
      }
      peak.accumulateAndGet(used, Math::max);
    }
  }
}
