package dev.llmisvc.render.internal.router;

/**
 * A semantic version as Go's {@code coreos/go-semver} reads {@code app.kubernetes.io/version}:
 * three numbers, an optional pre-release after {@code -} (which sorts before the release) and build
 * metadata after {@code +} (ignored).
 *
 * @param major major
 * @param minor minor
 * @param patch patch
 * @param preRelease pre-release, empty when none
 */
record SchedulerVersion(long major, long minor, long patch, String preRelease)
    implements Comparable<SchedulerVersion> {
  static SchedulerVersion of(int major, int minor, int patch) {
    return new SchedulerVersion(major, minor, patch, "");
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException when it is not {@code X.Y.Z[-pre][+build]}
   */
  static SchedulerVersion parse(String text) {
    String s = text;
    int plus = s.indexOf('+');
    if (plus >= 0) {
      s = s.substring(0, plus);
    }
    String pre = "";
    int dash = s.indexOf('-');
    if (dash >= 0) {
      pre = s.substring(dash + 1);
      s = s.substring(0, dash);
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(text + " is not in dotted-tri format");
    }
    try {
      return new SchedulerVersion(
          Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), pre);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(text + " has a part that is not a number");
    }
  }

  @Override
  public int compareTo(SchedulerVersion o) {
    int c = Long.compare(major, o.major);
    if (c == 0) {
      c = Long.compare(minor, o.minor);
    }
    if (c == 0) {
      c = Long.compare(patch, o.patch);
    }
    if (c == 0 && !preRelease.equals(o.preRelease)) {
      if (preRelease.isEmpty()) {
        return 1;
      }
      if (o.preRelease.isEmpty()) {
        return -1;
      }
      return preRelease.compareTo(o.preRelease);
    }
    return c;
  }

  boolean atLeast(int major, int minor, int patch) {
    return compareTo(of(major, minor, patch)) >= 0;
  }
}
