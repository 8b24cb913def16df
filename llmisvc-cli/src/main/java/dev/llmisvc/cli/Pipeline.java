package dev.llmisvc.cli;

import dev.llmisvc.api.yaml.Document;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Processes the documents of a fleet one service at a time on several threads and hands the results
 * back in input order, on the calling thread, so that what is printed is exactly what processing
 * them one after the other prints.
 *
 * <p>The calling thread reads the inputs lazily and writes; {@code jobs} worker threads process. At
 * most {@code 3 * jobs} services are read but not yet written, so memory stays bounded whatever the
 * size of the fleet. An input problem takes its place in the order like a service's result. A
 * worker's unexpected exception is rethrown on the calling thread when its turn comes, after the
 * results before it have been handed back.
 *
 * @param <R> what processing one service gives: what to print for it
 */
final class Pipeline<R> {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int jobs;
  private final Function<Document, R> work;
  private final Function<String, R> problem;
  private final Consumer<R> deliver;

  /**
   * @param jobs worker threads; 1 processes on the calling thread
   * @param work processes one document; called from worker threads, so it must be thread-safe
   * @param problem the result that reports an input problem (one line naming file and line)
   * @param deliver prints one result; called on the calling thread, in input order
   */
  Pipeline(int jobs, Function<Document, R> work, Function<String, R> problem, Consumer<R> deliver) {
    this.jobs = jobs;
    this.work = work;
    this.problem = problem;
    this.deliver = deliver;
  }

  /** Reads {@code inputs}, processes each document and delivers every result in order. */
  void run(InputReader reader, List<String> inputs) {
    Deque<Future<R>> pending = new ArrayDeque<>();
    ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs, daemons()) : null;
    try (Stream<Document> documents =
        reader.stream(
            inputs, p -> pending.add(CompletableFuture.completedFuture(problem.apply(p))))) {
      Iterator<Document> it = documents.iterator();
      while (it.hasNext()) {
        Document doc = it.next();
        if (pool == null) {
          drain(pending, 0);
          deliver.accept(work.apply(doc));
        } else {
          pending.add(pool.submit(() -> work.apply(doc)));
          while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            deliver.accept(result(pending.removeFirst()));
          }
          drain(pending, 3 * jobs - 1);
        }
      }
      drain(pending, 0);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Delivers results, waiting for them in order, until at most {@code keep} are pending. */
  private void drain(Deque<Future<R>> pending, int keep) {
    while (pending.size() > keep) {
      deliver.accept(result(pending.removeFirst()));
    }
  }

  private R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a service", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemons() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "llmisvc-" + pool + "-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
