package dev.llmisvc.cli;

import dev.llmisvc.api.yaml.Document;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
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
    if (jobs == 1) {
      sequentially(reader, inputs);
      return;
    }
    BlockingQueue<Future<R>> queue = new ArrayBlockingQueue<>(3 * jobs);
    Future<R> end = new CompletableFuture<>();
    AtomicBoolean stop = new AtomicBoolean();
    int id = POOLS.incrementAndGet();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, daemons(id));
    Thread readerThread =
        new Thread(() -> read(reader, inputs, pool, queue, end, stop), "llmisvc-" + id + "-reader");
    readerThread.setDaemon(true);
    readerThread.start();
    try {
      for (Future<R> next = take(queue); next != end; next = take(queue)) {
        deliver.accept(result(next));
      }
    } finally {
      stop.set(true);
      readerThread.interrupt();
      pool.shutdownNow();
    }
  }

  private void sequentially(InputReader reader, List<String> inputs) {
    Deque<R> problems = new ArrayDeque<>();
    try (Stream<Document> documents = reader.stream(inputs, p -> problems.add(problem.apply(p)))) {
      Iterator<Document> it = documents.iterator();
      while (it.hasNext()) {
        Document doc = it.next();
        while (!problems.isEmpty()) {
          deliver.accept(problems.removeFirst());
        }
        deliver.accept(work.apply(doc));
      }
      while (!problems.isEmpty()) {
        deliver.accept(problems.removeFirst());
      }
    }
  }

  /**
   * The reader thread: parses the inputs, hands each document to the workers and queues its future,
   * in order; a full queue makes it wait, which bounds what is in flight.
   */
  private void read(
      InputReader reader,
      List<String> inputs,
      ExecutorService pool,
      BlockingQueue<Future<R>> queue,
      Future<R> end,
      AtomicBoolean stop) {
    try {
      try (Stream<Document> documents =
          reader.stream(
              inputs, p -> put(queue, CompletableFuture.completedFuture(problem.apply(p))))) {
        Iterator<Document> it = documents.iterator();
        while (!stop.get() && it.hasNext()) {
          Document doc = it.next();
          put(queue, pool.submit(() -> work.apply(doc)));
        }
      } catch (Stopped e) {
        return;
      } catch (RuntimeException | Error e) {
        // a failure of reading itself takes its turn after what was read before it
        put(queue, CompletableFuture.failedFuture(e));
      }
      put(queue, end);
    } catch (Stopped e) {
      // the calling thread gave up: nobody waits for more
    }
  }

  private static <T> void put(BlockingQueue<T> queue, T item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private static <T> T take(BlockingQueue<T> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a service", e);
    }
  }

  /** The reader thread was told to stop. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
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

  private static ThreadFactory daemons(int pool) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "llmisvc-" + pool + "-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
