package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.compose.Composer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** One composer per namespace, built once and shared by the threads composing a fleet. */
class ComposeOptionsMixinTest {
  @Test
  void threadsAskingForANamespaceShareOneComposer() throws Exception {
    CommandLine cli = new CommandLine(new ComposeCommand());
    cli.parseArgs("-f", "x.yaml", "--config", "src/test/resources/compose/gpu-profile.yaml");
    ComposeCommand command = cli.getCommand();
    InputReader reader = new InputReader(InputStream.nullInputStream());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Composer>> asked = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String namespace = i % 2 == 0 ? "team-a" : "team-b";
        Callable<Composer> ask =
            () -> {
              go.await();
              return command.options.composer(namespace, reader);
            };
        asked.add(pool.submit(ask));
      }
      go.countDown();
      Composer a = asked.get(0).get();
      Composer b = asked.get(1).get();
      assertThat(a).isNotSameAs(b);
      for (int i = 0; i < asked.size(); i++) {
        assertThat(asked.get(i).get()).isSameAs(i % 2 == 0 ? a : b);
      }
      assertThat(command.options.composer("", reader))
          .isSameAs(command.options.composer("default", reader));
    } finally {
      pool.shutdown();
    }
  }
}
