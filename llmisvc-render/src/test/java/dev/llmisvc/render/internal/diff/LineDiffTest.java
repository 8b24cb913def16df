package dev.llmisvc.render.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void equalTextsGiveNothing() {
    assertThat(LineDiff.unified("a\nb\n", "a\nb\n", "x", "y", 3)).isEmpty();
  }

  @Test
  void oneChangedLineWithContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(LineDiff.unified(before, after, "a", "b", 3))
        .isEqualTo("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  }

  @Test
  void distantChangesMakeTwoHunksAndCloseOnesOne() {
    StringBuilder before = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append(i).append('\n');
    }
    String after = before.toString().replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");
    assertThat(LineDiff.unified(before.toString(), after, "a", "b", 1))
        .isEqualTo(
            "--- a\n+++ b\n@@ -1,3 +1,3 @@\n 1\n-2\n+two\n 3\n@@ -18,3 +18,3 @@\n 18\n-19\n+nineteen\n 20\n");
    // with 8 lines of context the gap of 16 lines is bridged
    assertThat(LineDiff.unified(before.toString(), after, "a", "b", 8))
        .contains("\n@@ -1,20 +1,20 @@\n")
        .containsOnlyOnce("\n@@ ");
  }

  @Test
  void insertionsAndDeletionsAndWholeFiles() {
    assertThat(LineDiff.unified("a\nc\n", "a\nb\nc\n", "x", "y", 0))
        .isEqualTo("--- x\n+++ y\n@@ -1,0 +2 @@\n+b\n");
    assertThat(LineDiff.unified("a\nb\nc\n", "a\nc\n", "x", "y", 0))
        .isEqualTo("--- x\n+++ y\n@@ -2 +1,0 @@\n-b\n");
    assertThat(LineDiff.unified("", "a\nb\n", "/dev/null", "y", 3))
        .isEqualTo("--- /dev/null\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n");
  }

  @Test
  void reorderedLinesAreAMinimalEdit() {
    String d = LineDiff.unified("a\nb\nc\nd\n", "b\nc\nd\na\n", "x", "y", 0);
    assertThat(d.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count())
        .isEqualTo(1);
    assertThat(d.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count())
        .isEqualTo(1);
  }
}
