package dev.llmisvc.render.internal.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in unified format, computed with Myers' O((N+M)D) algorithm after the common head and
 * tail are cut off: rendered objects differ in a few lines, so D stays small and the cost is close
 * to reading both texts once.
 */
public final class LineDiff {
  private LineDiff() {}

  /** One line of an edit script. */
  private record Edit(char op, String line, int beforeLine, int afterLine) {}

  /**
   * The unified diff of two texts, {@code git diff} style: {@code --- beforeName}, {@code +++
   * afterName}, then hunks with {@code context} lines of context.
   *
   * @param before the old text
   * @param after the new text
   * @param beforeName the label of the old text
   * @param afterName the label of the new text
   * @param context lines of context around each change
   * @return the diff, each line ending in a newline; empty when the texts are equal
   */
  public static String unified(
      String before, String after, String beforeName, String afterName, int context) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(beforeName).append('\n');
    out.append("+++ ").append(afterName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      // find the next change
      int firstChange = i;
      while (firstChange < edits.size() && edits.get(firstChange).op() == ' ') {
        firstChange++;
      }
      if (firstChange == edits.size()) {
        break;
      }
      int start = Math.max(i, firstChange - context);
      // extend the hunk while the gap between changes is at most 2 * context
      int end = firstChange;
      int lastChange = firstChange;
      while (end < edits.size()) {
        if (edits.get(end).op() != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * context) {
          break;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + context + 1);
      hunk(out, edits.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Edit> hunk) {
    int beforeStart = -1;
    int afterStart = -1;
    int beforeCount = 0;
    int afterCount = 0;
    for (Edit e : hunk) {
      if (e.op() != '+') {
        beforeCount++;
        if (beforeStart < 0) {
          beforeStart = e.beforeLine();
        }
      }
      if (e.op() != '-') {
        afterCount++;
        if (afterStart < 0) {
          afterStart = e.afterLine();
        }
      }
    }
    // an empty side is numbered by the line it follows, as diff(1) does: an insertion or
    // deletion edit carries the count of the other side's lines before it
    if (beforeStart < 0) {
      beforeStart = hunk.get(0).beforeLine();
    }
    if (afterStart < 0) {
      afterStart = hunk.get(0).afterLine();
    }
    out.append("@@ -")
        .append(range(beforeStart, beforeCount))
        .append(" +")
        .append(range(afterStart, afterCount))
        .append(" @@\n");
    for (Edit e : hunk) {
      out.append(e.op()).append(e.line()).append('\n');
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? Integer.toString(start) : start + "," + count;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      if (nl < 0) {
        out.add(text.substring(from));
        break;
      }
      out.add(text.substring(from, nl));
      from = nl + 1;
    }
    return out;
  }

  /** The edit script, every line of both texts once, numbered from 1 on its side. */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Edit> out = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      out.add(new Edit(' ', a.get(k), k + 1, k + 1));
    }
    List<String> ma = a.subList(head, a.size() - tail);
    List<String> mb = b.subList(head, b.size() - tail);
    for (Edit e : myers(ma, mb)) {
      out.add(new Edit(e.op(), e.line(), e.beforeLine() + head, e.afterLine() + head));
    }
    for (int k = tail; k > 0; k--) {
      int ai = a.size() - k;
      int bi = b.size() - k;
      out.add(new Edit(' ', a.get(ai), ai + 1, bi + 1));
    }
    return out;
  }

  /** Myers' greedy shortest edit script, with the V array of every step kept to trace it back. */
  private static List<Edit> myers(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    List<int[]> trace = new ArrayList<>();
    int[] v = new int[2 * max + 3];
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    // trace back from (n, m)
    List<Edit> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d >= 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK;
      if (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) {
        prevK = k + 1;
      } else {
        prevK = k - 1;
      }
      int prevX = d == 0 ? 0 : vd[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        reversed.add(new Edit(' ', a.get(x - 1), x, y));
        x--;
        y--;
      }
      if (d > 0) {
        if (x == prevX) {
          reversed.add(new Edit('+', b.get(y - 1), x, y));
        } else {
          reversed.add(new Edit('-', a.get(x - 1), x, y));
        }
      }
      x = prevX;
      y = prevY;
    }
    List<Edit> out = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      out.add(reversed.get(i));
    }
    return out;
  }
}
