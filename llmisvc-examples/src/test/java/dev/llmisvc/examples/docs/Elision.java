package dev.llmisvc.examples.docs;

import java.util.List;

/**
 * The one rule for shortening what a page shows: a line that is exactly {@code ...} stands for any
 * number of lines, none included. Every other shown line must equal its real line.
 */
final class Elision {
  static final String MARK = "...";

  private Elision() {}

  static boolean matches(List<String> shown, List<String> actual) {
    return matches(shown, 0, actual, 0, new Boolean[shown.size() + 1][actual.size() + 1]);
  }

  private static boolean matches(
      List<String> shown, int s, List<String> actual, int a, Boolean[][] memo) {
    if (memo[s][a] != null) {
      return memo[s][a];
    }
    boolean result;
    if (s == shown.size()) {
      result = a == actual.size();
    } else if (shown.get(s).equals(MARK)) {
      result = matches(shown, s + 1, actual, a, memo);
      for (int k = a; !result && k < actual.size(); k++) {
        result = matches(shown, s + 1, actual, k + 1, memo);
      }
    } else {
      result =
          a < actual.size()
              && shown.get(s).equals(actual.get(a))
              && matches(shown, s + 1, actual, a + 1, memo);
    }
    memo[s][a] = result;
    return result;
  }
}
