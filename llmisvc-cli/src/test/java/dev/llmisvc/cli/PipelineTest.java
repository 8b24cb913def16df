package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Results come back in input order, problems in their place, whatever the threads do. */
class PipelineTest {
  private static InputReader stdin(String text) {
    return new InputReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String fleet(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("---\nmetadata: {name: s").append(i).append("}\n");
      if (i == n / 2) {
        b.append("---\njust a string\n");
      }
    }
    return b.toString();
  }

  @Test
  void resultsAndProblemsAreDeliveredInInputOrderAndInFlightStaysBounded() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    int[] mostInFlight = {0};
    List<String> out = new ArrayList<>();
    new Pipeline<String>(
            4,
            doc -> {
              int k = started.incrementAndGet();
              mostInFlight[0] = Math.max(mostInFlight[0], k - delivered.get());
              try {
                // later services finish first now and then
                Thread.sleep((k * 7L) % 5);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return doc.name().orElseThrow();
            },
            problem -> "problem: " + problem,
            r -> {
              delivered.incrementAndGet();
              out.add(r);
            })
        .run(stdin(fleet(60)), List.of("-"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      expected.add("s" + i);
      if (i == 30) {
        expected.add("problem: <stdin>:64: expected a YAML or JSON object, found a string");
      }
    }
    assertThat(out).isEqualTo(expected);
    assertThat(mostInFlight[0]).isLessThanOrEqualTo(3 * 4 + 2);
  }

  @Test
  void outputStartsBeforeTheInputEnds() throws Exception {
    // a pipe that gives the rest of the fleet only once the first service has been delivered
    java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
    java.io.PipedInputStream pipe = new java.io.PipedInputStream(feed, 1 << 16);
    java.util.concurrent.CountDownLatch firstDelivered = new java.util.concurrent.CountDownLatch(1);
    Thread producer =
        new Thread(
            () -> {
              try {
                feed.write(fleet(3).getBytes(StandardCharsets.UTF_8));
                feed.flush();
                if (firstDelivered.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                  feed.write("---\nmetadata: {name: late}\n".getBytes(StandardCharsets.UTF_8));
                }
                feed.close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    producer.start();
    List<String> out = new java.util.concurrent.CopyOnWriteArrayList<>();
    new Pipeline<String>(
            4,
            doc -> doc.name().orElseThrow(),
            problem -> "problem",
            r -> {
              out.add(r);
              firstDelivered.countDown();
            })
        .run(new InputReader(pipe), List.of("-"));
    producer.join();
    assertThat(out).containsExactly("s0", "s1", "problem", "s2", "late");
  }

  @Test
  void oneJobRunsOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<String> out = new ArrayList<>();
    new Pipeline<String>(
            1,
            doc -> (Thread.currentThread() == caller ? "here " : "elsewhere ") + doc.name().get(),
            problem -> problem,
            out::add)
        .run(stdin(fleet(3)), List.of("-"));
    assertThat(out).hasSize(4).allMatch(s -> !s.startsWith("elsewhere"));
  }

  @Test
  void anUnexpectedFailureIsThrownInItsTurnAfterTheResultsBeforeIt() {
    for (int jobs : new int[] {1, 4}) {
      List<String> out = new ArrayList<>();
      Pipeline<String> pipeline =
          new Pipeline<>(
              jobs,
              doc -> {
                if (doc.name().get().equals("s5")) {
                  throw new IllegalStateException("boom");
                }
                return doc.name().get();
              },
              problem -> "problem",
              out::add);
      assertThatThrownBy(() -> pipeline.run(stdin(fleet(20)), List.of("-")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("boom");
      assertThat(out).as("jobs " + jobs).containsExactly("s0", "s1", "s2", "s3", "s4");
    }
  }
}
