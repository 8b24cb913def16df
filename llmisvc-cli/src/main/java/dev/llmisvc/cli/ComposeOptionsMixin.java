package dev.llmisvc.cli;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentReader;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.source.ConfigFileException;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import dev.llmisvc.compose.source.FileConfigSource;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code compose} and {@code explain} share: where configs come from, and KServe's
 * settings.
 */
final class ComposeOptionsMixin {
  @Option(
      names = "--from-cluster",
      paramLabel = "NAMESPACE/NAME",
      description =
          "Instead of -f: read the LLMInferenceService NAMESPACE/NAME from the current kube"
              + " context (as kubectl would), and look its configs up there too, after --config.")
  String fromCluster;

  @Option(
      names = {"-f", "--filename"},
      paramLabel = "SERVICE",
      description =
          "LLMInferenceService documents: a file (multi-document YAML, JSON, kind: List), a"
              + " directory, or - for stdin. Each is composed in input order."
              + " LLMInferenceServiceConfigs and ConfigMaps found in these files and directories"
              + " (not in stdin) join the configs of --config, so a directory holding a service"
              + " and its configs needs no --config.")
  List<String> services;

  @Option(
      names = "--config",
      paramLabel = "FILE|DIR",
      description =
          "LLMInferenceServiceConfigs and ConfigMaps to look up (repeatable). Objects without a"
              + " namespace belong to the namespace of the service being composed. In a"
              + " directory, kustomization.yaml and documents that are no Kubernetes objects are"
              + " skipped with a note on standard error.")
  List<String> configs = new ArrayList<>();

  @Option(names = "--no-builtin-presets", description = "Do not use the built-in preset catalog.")
  boolean noBuiltinPresets;

  @Mixin ControllerOptions controllerOptions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private final Map<String, Composer> composers = new ConcurrentHashMap<>();
  private final Set<String> notesTold = ConcurrentHashMap.newKeySet();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private ControllerSettings settings;
  private List<Document> serviceInputConfigs;
  private PrintWriter err = new PrintWriter(System.err, true);
  private InputReader plainReader;
  private ClusterService cluster;

  /** The kinds of {@code -f} documents that are configs, not services to compose. */
  private static final Set<String> CONFIG_KINDS = Set.of("LLMInferenceServiceConfig", "ConfigMap");

  /**
   * Whether a document read from {@code -f} is a config, which joins the config source instead of
   * being composed.
   */
  static boolean isConfig(Document doc) {
    return doc.kind().map(CONFIG_KINDS::contains).orElse(false);
  }

  /**
   * The reader of the {@code -f} services: the configs among them are left out, as they join the
   * config source. Notes (skipped files of {@code --config} directories) go to {@code err}.
   */
  InputReader serviceReader(CommandSpec spec) {
    this.err = spec.commandLine().getErr();
    this.plainReader = new InputReader(System.in);
    boolean files = services != null && !services.isEmpty();
    if (files == (fromCluster != null)) {
      throw new ParameterException(
          spec.commandLine(),
          files
              ? "-f and --from-cluster exclude each other"
              : "Missing required option: '--filename=SERVICE' or '--from-cluster=NAMESPACE/NAME'");
    }
    if (fromCluster == null) {
      return plainReader.skipping(ComposeOptionsMixin::isConfig);
    }
    cluster = ClusterService.parse(fromCluster, spec);
    return plainReader
        .serving(cluster.input(), cluster.read())
        .skipping(ComposeOptionsMixin::isConfig);
  }

  /** What the command reads services from: the {@code -f} inputs, or the one cluster input. */
  List<String> inputs() {
    return cluster != null ? List.of(cluster.input()) : services;
  }

  /**
   * The composer for a service in {@code serviceNamespace}: configs and ConfigMaps given without a
   * namespace belong to the service's namespace, so each namespace gets its own view of the files.
   *
   * <p>Safe to call from several threads: each namespace's composer is built once and shared (a
   * composer over files is thread-safe). A failure to read the settings or configs is thrown to
   * every caller, as it is not kept.
   */
  Composer composer(String serviceNamespace, InputReader reader) {
    // the global-config file may be a ConfigMap: read it without the -f reader's filter
    ControllerSettings controller = settingsOnce(plainReader != null ? plainReader : reader);
    return composers.computeIfAbsent(
        serviceNamespace.isEmpty() ? "default" : serviceNamespace, ns -> build(ns, controller));
  }

  /**
   * Says so when the inputs held no document at all: an empty file is a mistake, not an empty
   * fleet, as for {@code validate}.
   *
   * @return whether it said so (the command then fails)
   */
  boolean reportNoDocuments(int documents, String verb, PrintWriter err) {
    if (documents > 0) {
      return false;
    }
    err.println(String.join(", ", inputs()) + ": no documents to " + verb);
    return true;
  }

  private synchronized ControllerSettings settingsOnce(InputReader reader) {
    if (settings == null) {
      settings = settings(reader);
    }
    return settings;
  }

  /**
   * The controller settings of the command line: the options, then the global-config file over
   * them.
   */
  ControllerSettings settings(InputReader reader) {
    return controllerOptions.read(reader);
  }

  /**
   * The configs and ConfigMaps among the {@code -f} files and directories, read once before the
   * first service is composed (standard input is not read twice, so its configs do not join).
   */
  private synchronized List<Document> serviceInputConfigs() {
    if (serviceInputConfigs == null) {
      List<Path> files =
          cluster != null
              ? List.of()
              : services.stream().filter(s -> !s.equals("-")).map(Path::of).toList();
      List<Document> found = new ArrayList<>();
      // problems of these inputs are reported in order by the service pipeline itself
      try (Stream<Document> docs =
          DocumentReader.stream(
              files.stream().map(Path::toString).toList(),
              InputStream.nullInputStream(),
              p -> {})) {
        docs.filter(ComposeOptionsMixin::isConfig).forEach(found::add);
      }
      serviceInputConfigs = List.copyOf(found);
    }
    return serviceInputConfigs;
  }

  private void warn(String line) {
    if (mixee != null) {
      mixee.commandLine().getErr().println(line);
    }
  }

  private Composer build(String namespace, ControllerSettings controller) {
    ConfigSource user;
    try {
      ConfigSource files;
      if (configs.isEmpty()) {
        files = ConfigSource.empty();
      } else {
        FileConfigSource loaded =
            FileConfigSource.load(configs.stream().map(Path::of).toList(), namespace, this::note);
        loaded.warnings().stream().filter(warned::add).forEach(w -> warn("warning: " + w));
        files = loaded;
      }
      List<Document> inline = serviceInputConfigs();
      if (inline.isEmpty()) {
        user = files;
      } else {
        InMemoryConfigSource.Builder fromServices = InMemoryConfigSource.builder(namespace);
        for (Document doc : inline) {
          try {
            fromServices.add(doc.tree(), doc.source());
          } catch (IllegalArgumentException e) {
            throw new InputException(doc.source() + ":" + doc.line() + ": " + e.getMessage());
          }
        }
        // --config first: a config given there wins over one of the same name in -f
        user = ConfigSource.layered(files, fromServices.build());
      }
      if (cluster != null) {
        // --config first, then the cluster, as for -f
        user = ConfigSource.layered(user, cluster.configs());
      }
    } catch (ConfigFileException e) {
      throw new InputException(e.problems());
    } catch (ConfigSourceException e) {
      throw new InputException(e.getMessage());
    }
    return Composer.builder()
        .configs(user)
        .builtinPresets(!noBuiltinPresets)
        .settings(controller)
        .build();
  }

  /** Prints a note once, however many namespaces read the same files. */
  private void note(String line) {
    if (notesTold.add(line)) {
      synchronized (err) {
        err.println("note: " + line);
        err.flush();
      }
    }
  }
}
