package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldExplanation;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.compose.merge.LayerDiagnostics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc explain -f SERVICE [FIELD]}: for each value of the effective spec, the layer that
 * set it, the earlier layers it overrode, and what KServe did silently on the way.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Explains the effective spec of each LLMInferenceService: which preset, baseRef or the"
          + " service itself set every value, which earlier values it overrode, and what KServe"
          + " does silently (lists replaced whole, zero values dropped, removals it cannot express,"
          + " volumes with two sources, configs not found).",
      "FIELD narrows the answer to one value or subtree, e.g."
          + " spec.template.containers[name=main].image or spec.router."
    })
final class ExplainCommand implements Callable<Integer> {
  private static final int WIDTH = 72;

  @Spec CommandSpec spec;

  @Mixin ComposeOptionsMixin options;

  @Parameters(
      arity = "0..1",
      paramLabel = "FIELD",
      description = "A field path of the effective spec; every field when absent.")
  Optional<String> field;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputReader reader = options.serviceReader(spec);
    FieldPath prefix;
    try {
      prefix =
          field.map(ExplainCommand::specRelative).map(FieldPath::parse).orElse(FieldPath.root());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "FIELD: " + e.getMessage());
    }
    boolean failed = false;
    boolean first = true;
    for (Document doc : reader.read(options.inputs())) {
      if (!first) {
        out.println();
      }
      first = false;
      try {
        Resources.requireKind(doc, "LLMInferenceService");
        Resources.requireValid(doc);
        Composer composer = options.composer(doc.namespace(), reader);
        Composition<ObjectNode> c = composer.compose(doc.tree());
        failed |= !explain(out, composer, c, prefix);
      } catch (InputException e) {
        e.lines().forEach(err::println);
        failed = true;
      }
    }
    out.flush();
    err.flush();
    return failed ? Main.INVALID : 0;
  }

  /** Prints one service's explanation; false when it could not be composed. */
  private boolean explain(
      PrintWriter out, Composer composer, Composition<ObjectNode> c, FieldPath prefix) {
    out.println(c.name() + " (namespace " + c.namespace() + ")");
    if (!c.condition().succeeded() && c.spec().isEmpty()) {
      out.println("  not composed: " + c.condition().describe());
      if (!c.missingConfigs().isEmpty()) {
        out.println(
            "  configs found nowhere (looked in "
                + c.namespace()
                + " and "
                + composer.settings().systemNamespace()
                + "): "
                + String.join(", ", c.missingConfigs()));
      }
      return false;
    }
    out.println("  merged, lowest precedence first:");
    int n = 1;
    for (LayerId id : c.layers()) {
      out.println(
          "    "
              + n++
              + ". "
              + id
              + (id.kind() == LayerId.Kind.LLMInferenceService ? " (the service's own spec)" : ""));
    }
    out.println();

    int shown = 0;
    for (FieldExplanation e : c.explain(prefix)) {
      shown++;
      out.println(e.path().inResource() + ": " + shortValue(e.value()));
      out.println(
          "    "
              + e.origin()
                  // a value only a post-merge step wrote already reads "set by post-merge step"
                  .map(o -> o.layer().isPresent() ? "set by " + o.describe() : o.describe())
                  .orElse("written by Go as the zero value of an enclosing field"));
      for (FieldExplanation.Override o : e.overrides()) {
        out.println("    overrides " + o.layer() + ": " + shortValue(o.value()));
      }
    }
    if (shown == 0) {
      out.println(prefix.inResource() + ": not in the effective spec");
    }
    surprises(out, c, prefix);
    return c.condition().succeeded();
  }

  private static void surprises(PrintWriter out, Composition<?> c, FieldPath prefix) {
    List<String> lines = new ArrayList<>();
    for (LayerDiagnostics d : c.diagnostics()) {
      for (LayerDiagnostics.Replacement r : d.replacedWhole()) {
        if (under(r.path(), prefix) && r.previous() != null && !r.previous().isNull()) {
          lines.add(
              d.layerId()
                  + " replaced spec."
                  + r.path()
                  + " as a whole (the list has no merge key, so it is not merged item by item);"
                  + " it was "
                  + shortValue(r.previous()));
        }
      }
      for (LayerDiagnostics.DroppedValue v : d.droppedZeroValues()) {
        if (under(v.path(), prefix)) {
          lines.add(
              d.layerId()
                  + " sets spec."
                  + v.path()
                  + ": "
                  + shortValue(v.value())
                  + ", which has no effect: Go omits zero values, so a layer cannot clear, empty"
                  + " or reset what an earlier layer set (KServe has no way to express that removal)");
        }
      }
      for (LayerDiagnostics.SourceConflict s : d.conflictingSources()) {
        if (under(s.path(), prefix)) {
          lines.add(
              "spec."
                  + s.path()
                  + " ends up with two sources "
                  + s.sources()
                  + " after "
                  + d.layerId()
                  + "; KServe's patch keeps both and the API server will reject the result");
        }
      }
    }
    if (!c.condition().succeeded()) {
      lines.add(c.condition().describe());
    }
    c.warnings().forEach(lines::add);
    if (!lines.isEmpty()) {
      out.println();
      out.println("surprises:");
      lines.forEach(l -> out.println("  - " + l));
    }
  }

  private static boolean under(String path, FieldPath prefix) {
    return FieldPath.parse(path).isAtOrBelow(prefix);
  }

  private static String specRelative(String field) {
    if (field.equals("spec")) {
      return "";
    }
    return field.startsWith("spec.") ? field.substring("spec.".length()) : field;
  }

  private static String shortValue(JsonNode value) {
    String text = value.isTextual() ? value.asText() : value.toString();
    text = text.replace("\n", "\\n");
    return text.length() <= WIDTH ? text : text.substring(0, WIDTH - 3) + "...";
  }
}
