package dev.llmisvc.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The indexes of a struct are built with the schema, immutable, and read without a lock. */
class GoStructIndexTest {
  @Test
  void jsonFieldsIsOneImmutableListBuiltWithTheSchema() {
    GoStruct pod = GoSchema.kserve().struct("core.PodSpec").orElseThrow();
    assertThat(pod.jsonFields()).isSameAs(pod.jsonFields());
    assertThatThrownBy(() -> pod.jsonFields().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    for (GoField f : pod.jsonFields()) {
      assertThat(pod.field(f.jsonName())).containsSame(f);
    }
  }

  @Test
  void lookupsFromSeveralThreadsAgree() throws Exception {
    List<String> expected = new ArrayList<>();
    for (GoStruct s : GoSchema.kserve().structs()) {
      s.jsonFields().forEach(f -> expected.add(s.name() + "." + f.jsonName() + "=" + f.goName()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> seen = new ArrayList<>();
                  for (GoStruct s : GoSchema.kserve().structs()) {
                    for (GoField f : s.jsonFields()) {
                      GoField byJson = s.field(f.jsonName()).orElseThrow();
                      seen.add(s.name() + "." + byJson.jsonName() + "=" + byJson.goName());
                    }
                  }
                  return seen;
                }));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
