package dev.llmisvc.examples.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.render.diff.DiffError;
import dev.llmisvc.render.diff.FieldChange;
import dev.llmisvc.render.diff.FleetSummary;
import dev.llmisvc.render.diff.Impact;
import dev.llmisvc.render.diff.ObjectChange;
import dev.llmisvc.render.diff.ServiceDiff;
import dev.llmisvc.render.diff.SpecChange;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The text form of a fleet diff, in the layout of {@code llmisvc diff} (without colour): per
 * service a headline with its impact, each object added, removed or changed with its changed fields
 * and unified YAML diff, the changed leaves of the effective spec with the layer that caused each,
 * and one summary line for the fleet.
 *
 * <p>The render module has no public text form of a {@link ServiceDiff} (the CLI's printer is its
 * own), so the example writes one from the public records.
 */
public final class DiffReport {
  private DiffReport() {}

  /**
   * Prints one service's diff.
   *
   * @param d the diff
   * @param out where it goes
   */
  public static void service(ServiceDiff d, PrintStream out) {
    out.println(d.namespace() + "/" + d.name() + ": " + label(d.impact()));
    for (DiffError e : d.errors()) {
      out.println("  " + e.side().name().toLowerCase(Locale.ROOT) + ": " + e.message());
    }
    for (ObjectChange o : d.objects()) {
      out.println("  " + o.type().name().toLowerCase(Locale.ROOT) + " " + o.ref());
      if (o.type() != ObjectChange.Type.CHANGED) {
        continue;
      }
      for (FieldChange f : o.fields()) {
        out.println("    " + f.path() + ": " + value(f.before()) + " -> " + value(f.after()));
      }
      o.unifiedDiff().lines().forEach(l -> out.println("    " + l));
    }
    if (!d.specChanges().isEmpty()) {
      out.println("  effective spec:");
      for (SpecChange c : d.specChanges()) {
        out.println(
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
  }

  /**
   * Prints the fleet's counts on one line, after an empty one.
   *
   * @param s the summary
   * @param out where it goes
   */
  public static void summary(FleetSummary s, PrintStream out) {
    out.println();
    out.println(
        s.services()
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
            + " failed");
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
