package dev.llmisvc.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** Path text, whether the path comes from SpecPath's cache or not. */
class SpecPathTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void pathsReadTheSameMadeOrCached() {
    for (int round = 0; round < 2; round++) {
      assertThat(SpecPath.child("", "template")).isEqualTo("template");
      assertThat(SpecPath.child("template", "containers")).isEqualTo("template.containers");
      assertThat(SpecPath.child("labels", "app.kubernetes.io/name"))
          .isEqualTo("labels[\"app.kubernetes.io/name\"]");
      assertThat(SpecPath.child("", "a\"b\\")).isEqualTo("[\"a\\\"b\\\\\"]");
      assertThat(SpecPath.item("c", "name", JSON.textNode("main"))).isEqualTo("c[name=main]");
      assertThat(SpecPath.item("p", "containerPort", JSON.numberNode(8000)))
          .isEqualTo("p[containerPort=8000]");
      assertThat(SpecPath.item("x", "k", JSON.objectNode().put("a", 1)))
          .isEqualTo("x[k={\"a\":1}]");
    }
  }

  @Test
  void manyDistinctPathsStayCorrectPastTheCacheBound() {
    for (int i = 0; i < 50_000; i++) {
      assertThat(SpecPath.child("labels", "k" + i)).isEqualTo("labels.k" + i);
      assertThat(SpecPath.item("env", "name", JSON.textNode("v" + i)))
          .isEqualTo("env[name=v" + i + "]");
    }
    assertThat(SpecPath.child("template", "containers")).isEqualTo("template.containers");
  }
}
