package dev.llmisvc.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cross-check of {@link ComposeBenchmark} for a shared, busy machine: the same three workloads
 * (compose, JSON parse+write, YAML parse+write), run in interleaved rounds on one thread and timed
 * by that thread's CPU time, not wall time. Other processes competing for the cores then stretch
 * the wall clock but not the figures, and a burst of load hits all three workloads alike because
 * they alternate every few hundred milliseconds. It prints the median CPU µs per operation of each
 * workload, the implied operations per CPU-second on one core, and the median of the per-round
 * ratios. It also times the stages of {@link ComposeStagesBenchmark} the same way, each as a share
 * of one composition (one {@code specLeaves} walk of the twenty a composition runs).
 *
 * <p>Not JMH (no forks, no blackholes; results are consumed by summing sizes), so treat it as a
 * check on the JMH ratios, not a replacement. JIT and GC threads run on other cores and are not
 * counted.
 *
 * <p>Run: {@code java -cp llmisvc-benchmarks/target/benchmarks.jar
 * dev.llmisvc.benchmarks.InterleavedCpuTime [rounds] [warmupSeconds]} (defaults 15 rounds, 10 s).
 */
public final class InterleavedCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long ROUND_CPU_NANOS = 200_000_000L; // per workload per round
  private static volatile long sink;

  private InterleavedCpuTime() {}

  private interface Workload {
    int run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    ComposeBenchmark b = new ComposeBenchmark();
    b.setUp();
    ComposeStagesBenchmark s = new ComposeStagesBenchmark();
    s.setUp();
    String[] names = {
      "compose",
      "jsonParseAndWrite",
      "yamlParseAndWrite",
      "stage:lookups",
      "stage:shapeMerges",
      "stage:merge",
      "stage:templateRender",
      "stage:specLeaves",
      "stage:postMergeSteps"
    };
    Workload[] workloads = {
      () -> b.compose().appliedConfigs().size(),
      b::jsonParseAndWrite,
      b::yamlParseAndWrite,
      s::lookups,
      s::shapeMerges,
      () -> s.merge().size(),
      () -> s.templateRender().size(),
      () -> s.specLeaves().size(),
      () -> s.postMergeStepsWithoutTemplates().size()
    };

    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      for (Workload w : workloads) {
        for (int i = 0; i < 50; i++) {
          sink += w.run();
        }
      }
    }

    double[][] micros = new double[workloads.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < workloads.length; k++) {
        long ops = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        long elapsed;
        do {
          for (int i = 0; i < 10; i++) {
            sink += workloads[k].run();
          }
          ops += 10;
          elapsed = THREADS.getCurrentThreadCpuTime() - start;
        } while (elapsed < ROUND_CPU_NANOS);
        micros[k][r] = elapsed / 1000.0 / ops;
      }
    }

    double compose = median(micros[0]);
    System.out.printf(
        Locale.ROOT, "%-22s %12s %14s %12s%n", "workload", "cpu us/op", "ops/cpu-s", "vs compose");
    for (int k = 0; k < workloads.length; k++) {
      double m = median(micros[k]);
      System.out.printf(
          Locale.ROOT, "%-22s %12.1f %14.0f %11.1f%%%n", names[k], m, 1e6 / m, 100 * m / compose);
    }
    for (int k = 1; k < 3; k++) {
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        ratios.add(micros[0][r] / micros[k][r]);
      }
      double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "compose / %-18s median %.2fx (min %.2fx, max %.2fx over %d rounds)%n",
          names[k],
          median(sorted),
          sorted[0],
          sorted[sorted.length - 1],
          rounds);
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
