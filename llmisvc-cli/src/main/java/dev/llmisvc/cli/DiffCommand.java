package dev.llmisvc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.LlmisvcException;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentReader;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.CatalogConfigSource;
import dev.llmisvc.compose.source.ConfigFileException;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import dev.llmisvc.compose.source.FileConfigSource;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.diff.DiffError;
import dev.llmisvc.render.diff.DiffSetup;
import dev.llmisvc.render.diff.DiffText;
import dev.llmisvc.render.diff.FieldChange;
import dev.llmisvc.render.diff.FleetDiff;
import dev.llmisvc.render.diff.FleetSummary;
import dev.llmisvc.render.diff.Impact;
import dev.llmisvc.render.diff.ObjectChange;
import dev.llmisvc.render.diff.ServiceDiff;
import dev.llmisvc.render.diff.SpecChange;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc diff}: what a change of configs or presets does to each service of a fleet, or
 * what editing one service does, before it happens. Exit codes are {@code git diff --exit-code}'s:
 * 0 nothing changes, 1 something does, 2 an error (bad input, or a service that cannot be composed
 * or rendered in a setup); 3 stays an internal error.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
      "Composes and renders every LLMInferenceService twice, with the --before and the --after"
          + " configs, and prints per service the objects KServe's controller would add, remove"
          + " or change (changed fields and a unified YAML diff), which layer caused each change of"
          + " the effective spec, and whether the model server pods would restart. With"
          + " --before-service and --after-service, two versions of one service are compared"
          + " instead.",
      "--before and --after each take, repeatable: a built-in preset catalog id (see `llmisvc"
          + " presets list`; the default catalog when none is named), `none` for no built-in"
          + " presets, or a file or directory of LLMInferenceServiceConfigs and ConfigMaps. --config"
          + " files join both sides, after the side's own.",
      "Exit code: 0 nothing changes, 1 something changes, 2 an error (bad input, or a service"
          + " that fails to compose or render in either setup; the other services are still"
          + " compared)."
    })
final class DiffCommand implements Callable<Integer> {
  /** Exit code when something changes. */
  static final int CHANGED = 1;

  /** Exit code for bad input or a service that failed in a setup. */
  static final int ERROR = 2;

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--filename"},
      paramLabel = "FLEET",
      description =
          "LLMInferenceService documents: a file (multi-document YAML, JSON, kind: List), a"
              + " directory, or - for stdin, compared in input order. Configs and ConfigMaps found"
              + " in these files and directories join both sides.")
  List<String> services;

  @Option(
      names = "--before-service",
      paramLabel = "FILE",
      description = "The service as it runs now (with --after-service, instead of -f).")
  String beforeService;

  @Option(
      names = "--after-service",
      paramLabel = "FILE",
      description = "The service as proposed (with --before-service).")
  String afterService;

  @Option(
      names = "--before",
      paramLabel = "CATALOG|none|FILE|DIR",
      description = "The configs running now (repeatable; default: the default catalog).")
  List<String> before = new ArrayList<>();

  @Option(
      names = "--after",
      paramLabel = "CATALOG|none|FILE|DIR",
      description = "The configs proposed (repeatable; default: the default catalog).")
  List<String> after = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE|DIR",
      description = "Configs and ConfigMaps both sides share (repeatable).")
  List<String> configs = new ArrayList<>();

  @Mixin ControllerOptions controllerOptions;

  @Option(
      names = "--before-global-config",
      paramLabel = "FILE",
      description =
          "Controller settings of the before side only, over --global-config (a YAML map, as"
              + " --global-config takes).")
  Optional<String> beforeGlobalConfig = Optional.empty();

  @Option(
      names = "--after-global-config",
      paramLabel = "FILE",
      description =
          "Controller settings of the after side only, over --global-config: e.g. enableTls: true"
              + " shows what turning TLS on changes.")
  Optional<String> afterGlobalConfig = Optional.empty();

  @Option(
      names = {"-o", "--output"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      converter = Format.Converter.class,
      description =
          "text (default): per service, for people; json: one JSON object with a services"
              + " array and a summary, for CI.")
  Format format;

  @Mixin JobsOption jobs;

  /** The output formats of {@code diff}. */
  enum Format {
    text,
    json;

    static final class Converter implements ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        try {
          return Format.valueOf(value);
        } catch (IllegalArgumentException e) {
          throw new picocli.CommandLine.TypeConversionException(
              "expected text or json, found \"" + value + "\"");
        }
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Per namespace: its fleet diff, or why its configs could not be read. */
  private final Map<String, Setups> diffs = new ConcurrentHashMap<>();

  private record Setups(FleetDiff diff, InputException problem) {}

  /** Namespaces whose config problem has been printed, in output order. */
  private final Set<String> configProblemsTold = new HashSet<>();

  /** A namespace's configs cannot be read: every service there fails for that one reason. */
  private static final class NamespaceConfigsFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String namespace;
    final transient InputException problem;

    NamespaceConfigsFailed(String namespace, InputException problem) {
      super(null, null, false, false);
      this.namespace = namespace;
      this.problem = problem;
    }
  }

  private final Set<String> notesTold = ConcurrentHashMap.newKeySet();
  private PrintWriter err;
  private ControllerSettings beforeSettings;
  private ControllerSettings afterSettings;
  private List<Document> inlineConfigs = List.of();

  /** One side's sources, read from its {@code --before} or {@code --after} values. */
  private record SideSpec(String option, PresetCatalog catalog, List<Path> files) {}

  private SideSpec beforeSpec;
  private SideSpec afterSpec;

  /**
   * What one service's comparison prints: its diff, or the input problem in its place; {@code
   * namespace} is set when the problem is its namespace's configs, printed in full once.
   */
  private record Outcome(
      ServiceDiff diff, List<String> problems, String where, NamespaceConfigsFailed configs) {
    Outcome(ServiceDiff diff, List<String> problems) {
      this(diff, problems, null, null);
    }
  }

  @Override
  public Integer call() {
    err = spec.commandLine().getErr();
    boolean fleet = services != null && !services.isEmpty();
    boolean pair = beforeService != null || afterService != null;
    if (fleet == pair) {
      throw new ParameterException(
          spec.commandLine(),
          fleet
              ? "-f and --before-service/--after-service exclude each other"
              : "Missing required option: '--filename=FLEET' or '--before-service=FILE"
                  + " --after-service=FILE'");
    }
    if (pair && (beforeService == null || afterService == null)) {
      throw new ParameterException(
          spec.commandLine(), "--before-service and --after-service go together");
    }
    PrintWriter out = spec.commandLine().getOut();
    Printer printer = format == Format.json ? new JsonPrinter(out) : new TextPrinter(out);
    try {
      InputReader plain = new InputReader(System.in);
      ControllerSettings shared = controllerOptions.read(plain);
      beforeSettings = GlobalConfigFile.read(beforeGlobalConfig, shared, plain);
      afterSettings = GlobalConfigFile.read(afterGlobalConfig, shared, plain);
      beforeSpec = side("--before", before);
      afterSpec = side("--after", after);
      FleetSummary summary;
      if (pair) {
        summary = comparePair(plain, printer);
      } else {
        inlineConfigs = inlineConfigs();
        summary = compareFleet(plain.skipping(ComposeOptionsMixin::isConfig), printer);
      }
      printer.summary(summary);
      out.flush();
      err.flush();
      return summary.failed() > 0 ? ERROR : summary.anyChanged() ? CHANGED : 0;
    } catch (InputException e) {
      e.lines().forEach(err::println);
      err.flush();
      return ERROR;
    } catch (LlmisvcException e) {
      err.println("llmisvc: " + e.getMessage());
      err.flush();
      return ERROR;
    }
  }

  private FleetSummary comparePair(InputReader reader, Printer printer) {
    Document b = Resources.single(reader, beforeService, "LLMInferenceService");
    Document a = Resources.single(reader, afterService, "LLMInferenceService");
    LLMInferenceService bs = Resources.typedService(b);
    LLMInferenceService as = Resources.typedService(a);
    FleetDiff diff =
        FleetDiff.between(
            setup(beforeSpec, b.namespace(), beforeSettings),
            setup(afterSpec, a.namespace(), afterSettings));
    ServiceDiff d = diff.diff(bs, as);
    printer.service(d);
    return FleetSummary.empty().plus(d);
  }

  private FleetSummary compareFleet(InputReader reader, Printer printer) {
    FleetSummary[] summary = {FleetSummary.empty()};
    int[] seen = {0};
    new Pipeline<Outcome>(
            jobs.jobs(),
            doc -> compare(doc),
            problem -> new Outcome(null, List.of(problem)),
            o -> {
              seen[0]++;
              if (o.configs() != null) {
                // the first service of the namespace, in output order, says why; the others point
                boolean first = configProblemsTold.add(o.configs().namespace);
                List<String> lines = new ArrayList<>();
                lines.add(
                    o.where()
                        + ": not compared, the configs for namespace "
                        + o.configs().namespace
                        + " cannot be read"
                        + (first ? "" : " (see above)"));
                if (first) {
                  lines.addAll(o.configs().problem.lines());
                }
                printer.problem(lines);
                summary[0] = summary[0].plus(failedInput());
              } else if (o.diff() == null) {
                printer.problem(o.problems());
                summary[0] = summary[0].plus(failedInput());
              } else {
                printer.service(o.diff());
                summary[0] = summary[0].plus(o.diff());
              }
            })
        .run(reader, services);
    if (seen[0] == 0) {
      throw new InputException(String.join(", ", services) + ": no documents to diff");
    }
    return summary[0];
  }

  /** Stands for an input that could not be read, in the summary's counts. */
  private static ServiceDiff failedInput() {
    return new ServiceDiff("", "", Impact.FAILED, List.of(), List.of(), List.of());
  }

  private Outcome compare(Document doc) {
    try {
      Resources.requireKind(doc, "LLMInferenceService");
      Resources.requireValid(doc);
      LLMInferenceService service = Resources.typedService(doc);
      return new Outcome(fleetDiff(doc).diff(service), List.of());
    } catch (InputException e) {
      return new Outcome(null, e.lines());
    } catch (NamespaceConfigsFailed e) {
      return new Outcome(null, List.of(), doc.where(), e);
    }
  }

  /** The fleet diff of the document's namespace, each namespace's setups made once. */
  private FleetDiff fleetDiff(Document doc) {
    String ns = doc.namespace().isEmpty() ? "default" : doc.namespace();
    Setups s =
        diffs.computeIfAbsent(
            ns,
            n -> {
              try {
                return new Setups(
                    FleetDiff.between(
                        setup(beforeSpec, n, beforeSettings), setup(afterSpec, n, afterSettings)),
                    null);
              } catch (InputException e) {
                return new Setups(null, e);
              }
            });
    if (s.problem() != null) {
      throw new NamespaceConfigsFailed(ns, s.problem());
    }
    return s.diff();
  }

  private String systemNamespace(String option) {
    return (option.equals("--before") ? beforeSettings : afterSettings).systemNamespace();
  }

  /** Reads one side's values: at most one catalog id or {@code none}, and config paths. */
  private SideSpec side(String option, List<String> values) {
    PresetCatalog catalog = null;
    List<Path> files = new ArrayList<>();
    List<String> known = PresetCatalog.available();
    for (String v : values) {
      PresetCatalog named = null;
      if (v.equals("none")) {
        named = PresetCatalog.none();
      } else if (known.contains(v) && !Files.exists(Path.of(v))) {
        named = PresetCatalog.load(v, systemNamespace(option));
      } else if (Files.exists(Path.of(v))) {
        files.add(Path.of(v));
      } else {
        throw new InputException(
            option
                + " "
                + v
                + ": expected a built-in catalog id ("
                + String.join(", ", known)
                + "), none, or an existing file or directory");
      }
      if (named != null) {
        if (catalog != null) {
          throw new InputException(
              option + " " + v + ": a side takes one catalog, and already has " + catalog.id());
        }
        catalog = named;
      }
    }
    return new SideSpec(
        option, catalog != null ? catalog : PresetCatalog.builtin(systemNamespace(option)), files);
  }

  /**
   * A side's composer for services of {@code namespace}: its files, --config, -f configs, catalog.
   */
  private DiffSetup setup(SideSpec side, String namespace, ControllerSettings controller) {
    String ns = namespace.isEmpty() ? "default" : namespace;
    ConfigSource user;
    try {
      List<ConfigSource> layers = new ArrayList<>();
      if (!side.files().isEmpty()) {
        layers.add(FileConfigSource.load(side.files(), ns, this::note));
      }
      if (!configs.isEmpty()) {
        layers.add(FileConfigSource.load(configs.stream().map(Path::of).toList(), ns, this::note));
      }
      if (!inlineConfigs.isEmpty()) {
        InMemoryConfigSource.Builder inline = InMemoryConfigSource.builder(ns);
        for (Document doc : inlineConfigs) {
          try {
            inline.add(doc.tree(), doc.source());
          } catch (IllegalArgumentException e) {
            throw new InputException(doc.source() + ":" + doc.line() + ": " + e.getMessage());
          }
        }
        layers.add(inline.build());
      }
      user = ConfigSource.empty();
      for (int i = layers.size() - 1; i >= 0; i--) {
        user = i == layers.size() - 1 ? layers.get(i) : ConfigSource.layered(layers.get(i), user);
      }
    } catch (ConfigFileException e) {
      throw new InputException(e.problems());
    } catch (ConfigSourceException e) {
      throw new InputException(e.getMessage());
    }
    Composer composer =
        Composer.builder()
            .configs(CatalogConfigSource.userThenBuiltin(user, side.catalog()))
            .builtinPresets(false)
            .settings(controller)
            .build();
    return new DiffSetup(composer, RenderSettings.builder().controller(controller).build());
  }

  /** The configs and ConfigMaps among the {@code -f} files and directories (not stdin). */
  private List<Document> inlineConfigs() {
    List<String> files = services.stream().filter(s -> !s.equals("-")).toList();
    List<Document> found = new ArrayList<>();
    // problems of these inputs are reported in order when the services are read
    try (Stream<Document> docs =
        DocumentReader.stream(files, InputStream.nullInputStream(), p -> {})) {
      docs.filter(ComposeOptionsMixin::isConfig).forEach(found::add);
    }
    return List.copyOf(found);
  }

  private void note(String line) {
    if (notesTold.add(line)) {
      synchronized (err) {
        err.println("note: " + line);
        err.flush();
      }
    }
  }

  /** How results are written. */
  private interface Printer {
    void service(ServiceDiff d);

    void problem(List<String> lines);

    void summary(FleetSummary s);
  }

  static String impactKey(Impact i) {
    return switch (i) {
      case FAILED -> "failed";
      case RESTARTS_PODS -> "restartsPods";
      case ROUTING_ONLY -> "routingOnly";
      case OTHER_CHANGES -> "otherChanges";
      case UNCHANGED -> "unchanged";
    };
  }

  /** The human output: a block per service, colour only on a terminal. */
  private final class TextPrinter implements Printer {
    private final PrintWriter out;
    private final boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;

    TextPrinter(PrintWriter out) {
      this.out = out;
    }

    private String paint(String code, String text) {
      return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    private String paint(DiffText.Role role, String text) {
      return switch (role) {
        case SERVICE, FILE_HEADER -> paint("1", text);
        case ERROR, REMOVED -> paint("31", text);
        case HUNK -> paint("36", text);
        case ADDED -> paint("32", text);
        case CONTEXT -> text;
      };
    }

    @Override
    public void service(ServiceDiff d) {
      DiffText.service(d, this::paint).forEach(out::println);
      out.flush();
    }

    @Override
    public void problem(List<String> lines) {
      // an input problem takes its place in the output, as a service that failed
      lines.forEach(l -> out.println(l + ": failed"));
      lines.forEach(err::println);
      out.flush();
    }

    @Override
    public void summary(FleetSummary s) {
      out.println();
      out.println(DiffText.summary(s));
      out.flush();
    }
  }

  /** The CI output: one JSON object, services streamed in input order, then the summary. */
  private final class JsonPrinter implements Printer {
    private final PrintWriter out;
    private boolean first = true;

    JsonPrinter(PrintWriter out) {
      this.out = out;
      out.print("{\"services\":[");
    }

    private void write(ObjectNode node) {
      try {
        out.print(first ? "" : ",");
        out.print("\n");
        out.print(JSON.writeValueAsString(node));
        first = false;
        out.flush();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void service(ServiceDiff d) {
      ObjectNode s = NODES.objectNode();
      s.put("namespace", d.namespace());
      s.put("name", d.name());
      s.put("impact", impactKey(d.impact()));
      ArrayNode errors = s.putArray("errors");
      for (DiffError e : d.errors()) {
        errors
            .addObject()
            .put("side", e.side().name().toLowerCase(Locale.ROOT))
            .put("message", e.message());
      }
      ArrayNode objects = s.putArray("objects");
      for (ObjectChange o : d.objects()) {
        ObjectNode j = objects.addObject();
        j.put("change", o.type().name().toLowerCase(Locale.ROOT));
        j.put("apiVersion", o.ref().apiVersion());
        j.put("kind", o.ref().kind());
        j.put("namespace", o.ref().namespace());
        j.put("name", o.ref().name());
        ArrayNode fields = j.putArray("fields");
        for (FieldChange f : o.fields()) {
          ObjectNode fj = fields.addObject().put("path", f.path());
          f.before().ifPresent(v -> fj.set("before", v));
          f.after().ifPresent(v -> fj.set("after", v));
        }
        j.put("diff", o.unifiedDiff());
      }
      ArrayNode specChanges = s.putArray("spec");
      for (SpecChange c : d.specChanges()) {
        ObjectNode cj = specChanges.addObject().put("path", c.path().toString());
        c.before().ifPresent(v -> cj.set("before", v));
        c.after().ifPresent(v -> cj.set("after", v));
        Optional<FieldOrigin> o = c.cause();
        cj.put("layer", o.flatMap(FieldOrigin::layer).map(LayerId::toString).orElse(null));
        cj.put("origin", o.map(FieldOrigin::describe).orElse(null));
      }
      write(s);
    }

    @Override
    public void problem(List<String> lines) {
      ObjectNode s = NODES.objectNode();
      s.put("impact", "failed");
      ArrayNode errors = s.putArray("errors");
      lines.forEach(l -> errors.addObject().put("side", "input").put("message", l));
      s.putArray("objects");
      s.putArray("spec");
      write(s);
      lines.forEach(err::println);
    }

    @Override
    public void summary(FleetSummary s) {
      ObjectNode j = NODES.objectNode();
      j.put("services", s.services());
      j.put("restartsPods", s.restartsPods());
      j.put("routingOnly", s.routingOnly());
      j.put("otherChanges", s.otherChanges());
      j.put("unchanged", s.unchanged());
      j.put("failed", s.failed());
      try {
        out.print("\n],\"summary\":" + JSON.writeValueAsString(j) + "}\n");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      out.flush();
    }
  }
}
