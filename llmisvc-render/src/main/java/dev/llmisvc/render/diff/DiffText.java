package dev.llmisvc.render.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.compose.FieldOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text form of a diff, as {@code llmisvc diff} prints it: per service a headline with its
 * impact, each object added, removed or changed (a changed one with its changed fields and its
 * unified YAML diff), then the changed leaves of the effective spec with the layer that caused
 * each; for a fleet, one summary line.
 *
 * <pre>{@code
 * FleetSummary s = diff.diffAll(services, d -> DiffText.service(d).forEach(System.out::println));
 * System.out.println(DiffText.summary(s));
 * }</pre>
 */
public final class DiffText {
  private DiffText() {}

  /** What a piece of the text is, for a caller that colours it. */
  public enum Role {
    /** The service's {@code namespace/name}. */
    SERVICE,
    /** The side of a diff that failed. */
    ERROR,
    /** A unified diff's {@code ---} and {@code +++} lines. */
    FILE_HEADER,
    /** A unified diff's {@code @@} line. */
    HUNK,
    /** A line only the before side has. */
    REMOVED,
    /** A line only the after side has. */
    ADDED,
    /** A unified diff's line both sides have. */
    CONTEXT
  }

  /** Decorates a piece of text by its role, e.g. with terminal colours. */
  @FunctionalInterface
  public interface Paint {
    /** No decoration. */
    Paint PLAIN = (role, text) -> text;

    /**
     * The text as it is printed.
     *
     * @param role what the text is
     * @param text the text
     * @return the decorated text
     */
    String apply(Role role, String text);
  }

  /**
   * The lines of one service's diff, undecorated.
   *
   * @param d the diff
   * @return its lines, without line ends
   */
  public static List<String> service(ServiceDiff d) {
    return service(d, Paint.PLAIN);
  }

  /**
   * The lines of one service's diff.
   *
   * @param d the diff
   * @param paint decorates the headline, the failed sides and the unified diffs' lines
   * @return its lines, without line ends
   */
  public static List<String> service(ServiceDiff d, Paint paint) {
    List<String> lines = new ArrayList<>();
    lines.add(paint.apply(Role.SERVICE, d.namespace() + "/" + d.name()) + ": " + label(d.impact()));
    for (DiffError e : d.errors()) {
      lines.add(
          "  "
              + paint.apply(Role.ERROR, e.side().name().toLowerCase(Locale.ROOT))
              + ": "
              + e.message());
    }
    for (ObjectChange o : d.objects()) {
      lines.add("  " + o.type().name().toLowerCase(Locale.ROOT) + " " + o.ref());
      if (o.type() != ObjectChange.Type.CHANGED) {
        continue;
      }
      for (FieldChange f : o.fields()) {
        lines.add("    " + f.path() + ": " + value(f.before()) + " -> " + value(f.after()));
      }
      o.unifiedDiff().lines().forEach(l -> lines.add("    " + paint.apply(roleOf(l), l)));
    }
    if (!d.specChanges().isEmpty()) {
      lines.add("  effective spec:");
      for (SpecChange c : d.specChanges()) {
        lines.add(
            "    "
                + c.path()
                + ": "
                + value(c.before())
                + " -> "
                + value(c.after())
                + "  ("
                + cause(c)
                + ")");
      }
    }
    return lines;
  }

  /**
   * The fleet's counts on one line.
   *
   * @param s the summary
   * @return e.g. {@code 4 services: 2 would restart pods, 1 routing only, ...}
   */
  public static String summary(FleetSummary s) {
    return s.services()
        + (s.services() == 1 ? " service: " : " services: ")
        + s.restartsPods()
        + " would restart pods, "
        + s.routingOnly()
        + " routing only, "
        + s.otherChanges()
        + " with other changes, "
        + s.unchanged()
        + " unchanged, "
        + s.failed()
        + " failed";
  }

  /**
   * How an impact reads in the headline of a service.
   *
   * @param impact the impact
   * @return e.g. {@code restarts pods}, {@code routing only}
   */
  public static String label(Impact impact) {
    return switch (impact) {
      case FAILED -> "failed";
      case RESTARTS_PODS -> "restarts pods";
      case ROUTING_ONLY -> "routing only";
      case OTHER_CHANGES -> "other changes";
      case UNCHANGED -> "unchanged";
    };
  }

  private static Role roleOf(String line) {
    if (line.startsWith("---") || line.startsWith("+++")) {
      return Role.FILE_HEADER;
    }
    if (line.startsWith("@@")) {
      return Role.HUNK;
    }
    if (line.startsWith("-")) {
      return Role.REMOVED;
    }
    return line.startsWith("+") ? Role.ADDED : Role.CONTEXT;
  }

  private static String value(Optional<JsonNode> v) {
    return v.map(JsonNode::toString).orElse("(none)");
  }

  private static String cause(SpecChange c) {
    Optional<FieldOrigin> o = c.cause();
    if (o.isEmpty()) {
      return "no layer";
    }
    return (c.after().isEmpty() ? "no longer set by " : "set by ") + o.get().describe();
  }
}
