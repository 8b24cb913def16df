package dev.llmisvc.api.validation;

import dev.llmisvc.api.GoQuote;
import java.util.Optional;

/**
 * KServe's reading of the managed-DRA annotations (its {@code ManagedDRA*} helpers), shared by the
 * webhook's checks and the renderer so both read and word a value the same way.
 */
public final class ManagedDraAnnotations {
  /** The device count annotation. */
  public static final String DEVICE_COUNT = ServiceWebhook.DRA_COUNT;

  private ManagedDraAnnotations() {}

  /**
   * KServe's error for a device count: {@code invalid serving.kserve.io/exp-dra-device-count value
   * "<raw>": <reason>}, the reason being Go's {@code strconv.Atoi} error (a 64-bit integer is
   * expected) or {@code must be >= 1}.
   *
   * @param raw the annotation's value as written
   * @return the error; empty when the count is fine (a blank one means 1)
   */
  public static Optional<String> deviceCountError(String raw) {
    String trimmed = trimSpace(raw);
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    String atoi = "strconv.Atoi: parsing " + GoQuote.quote(trimmed) + ": ";
    String problem;
    int start = trimmed.charAt(0) == '+' || trimmed.charAt(0) == '-' ? 1 : 0;
    if (start == trimmed.length() || !digits(trimmed, start)) {
      problem = atoi + "invalid syntax";
    } else {
      try {
        problem = Long.parseLong(trimmed) < 1 ? "must be >= 1" : null;
      } catch (NumberFormatException e) {
        problem = atoi + "value out of range"; // digits only, so past int64
      }
    }
    return Optional.ofNullable(problem)
        .map(p -> "invalid " + DEVICE_COUNT + " value " + GoQuote.quote(raw) + ": " + p);
  }

  /**
   * The device count KServe requests: 1 when the annotation is blank.
   *
   * @param raw the annotation's value as written
   * @return the count
   * @throws IllegalArgumentException with {@link #deviceCountError} when the value is not valid
   */
  public static long deviceCount(String raw) {
    deviceCountError(raw)
        .ifPresent(
            e -> {
              throw new IllegalArgumentException(e);
            });
    String trimmed = trimSpace(raw);
    return trimmed.isEmpty() ? 1 : Long.parseLong(trimmed);
  }

  /**
   * KServe's {@code ManagedDRACelSelectors}: one CEL expression per line, each trimmed, blank lines
   * dropped.
   *
   * @param raw the selector annotation's value
   * @return the expressions, in order
   */
  public static java.util.List<String> celSelectors(String raw) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String line : raw.split("\n", -1)) {
      String expression = trimSpace(line);
      if (!expression.isEmpty()) {
        out.add(expression);
      }
    }
    return out;
  }

  private static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code strings.TrimSpace}: Unicode white space, NEL and NBSP included. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && goSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && goSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean goSpace(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || Character.isSpaceChar(c);
  }
}
