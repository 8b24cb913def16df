package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentException;
import dev.llmisvc.api.yaml.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Configs and ConfigMaps read from files and directories, as given to {@code --config}.
 *
 * <p>A file may hold several YAML documents ({@code ---}), JSON, or a {@code kind: List} with
 * {@code items}. LLMInferenceServiceConfigs ({@code serving.kserve.io/v1alpha1} or {@code
 * v1alpha2}, kept as written) and ConfigMaps are served; other kinds are ignored, so a service and
 * its configs can share a file. Objects without a namespace are placed in the default namespace
 * given by the caller. Files and directories are read by {@link DocumentReader}, as every input of
 * the library is (directories whole, subdirectories included; {@code *List} kinds expanded;
 * duplicate keys rejected). Everything is read eagerly by {@link #load}; a bad file fails there
 * with a {@link ConfigFileException} naming the file and the problem. Configs are checked as
 * KServe's admission checks them (CRD schema and config webhook): one it would reject is an error,
 * as it could never be in a cluster to be composed with; the webhook's warnings are kept in {@link
 * #warnings()}. A file named on its own that holds no config and no ConfigMap (a service meant for
 * {@code -f}) is an error too.
 */
public final class FileConfigSource implements ConfigSource {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The names kustomize looks for in a directory. */
  private static final Set<String> KUSTOMIZATION_FILES =
      Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private final InMemoryConfigSource contents;
  private final List<String> warnings;

  private FileConfigSource(InMemoryConfigSource contents, List<String> warnings) {
    this.contents = contents;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Reads every file and directory.
   *
   * @param paths files or directories, in order
   * @param defaultNamespace namespace for objects that name none
   * @throws ConfigFileException for a missing or unreadable path, a syntax error, an object without
   *     a kind or name, or a config defined twice
   */
  public static FileConfigSource load(List<Path> paths, String defaultNamespace) {
    return load(paths, defaultNamespace, note -> {});
  }

  /**
   * Reads every file and directory, skipping what a directory holds besides resources.
   *
   * <p>A directory of manifests often holds files that are no Kubernetes objects: kustomize's
   * {@code kustomization.yaml}, patches, values files. Inside a directory given here, a file named
   * {@code kustomization.yaml}, {@code kustomization.yml} or {@code Kustomization}, and every
   * document without {@code apiVersion} or {@code kind}, is skipped and told to {@code notes}. A
   * file named directly must hold objects: there, a document without a kind is still an error.
   *
   * @param paths files or directories, in order
   * @param defaultNamespace namespace for objects that name none
   * @param notes told one line per skipped file or document, naming it and why
   * @throws ConfigFileException as {@link #load(List, String)}
   */
  public static FileConfigSource load(
      List<Path> paths, String defaultNamespace, Consumer<String> notes) {
    InMemoryConfigSource.Builder builder = InMemoryConfigSource.builder(defaultNamespace);
    List<Document> documents;
    try {
      documents = DocumentReader.read(paths);
    } catch (DocumentException e) {
      throw new ConfigFileException(e.problems(), e);
    }
    Set<String> named = new HashSet<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        named.add(path.toString());
      }
    }
    Set<String> skippedFiles = new HashSet<>();
    for (Document document : documents) {
      if (!named.contains(document.source())) {
        if (isKustomization(document.source())) {
          if (skippedFiles.add(document.source())) {
            notes.accept(document.source() + ": skipped: a kustomize file, not a resource");
          }
          continue;
        }
        if (document.kind().isEmpty() || document.apiVersion().isEmpty()) {
          notes.accept(
              document.source()
                  + ":"
                  + document.line()
                  + ": skipped: not a Kubernetes object (no "
                  + (document.apiVersion().isEmpty() ? "apiVersion" : "kind")
                  + ")");
          continue;
        }
      }
      try {
        builder.add(document.tree(), document.source());
      } catch (IllegalArgumentException e) {
        throw new ConfigFileException(
            List.of(document.source() + ":" + document.line() + ": " + e.getMessage()), e);
      }
    }
    List<String> warnings = new ArrayList<>();
    List<String> problems = admissionProblems(documents, warnings);
    problems.addAll(filesWithoutConfigs(paths, documents));
    if (!problems.isEmpty()) {
      throw new ConfigFileException(problems, null);
    }
    return new FileConfigSource(builder.build(), warnings);
  }

  /**
   * What KServe's admission says of each config: a config the CRD schema or the config webhook
   * rejects never reaches a cluster, so composing with it would show what KServe never does; its
   * problems are errors, {@code FILE:LINE (#N KIND/NAME): PATH: message}. The webhook's warnings
   * are kept for {@link #warnings()}.
   */
  private static List<String> admissionProblems(List<Document> documents, List<String> warnings) {
    List<String> problems = new ArrayList<>();
    LlmisvcValidator validator = LlmisvcValidator.forConfig();
    for (Document document : documents) {
      if (!document.kind().orElse("").equals(InMemoryConfigSource.CONFIG_KIND)) {
        continue;
      }
      String where = document.where();
      ValidationResult result;
      try {
        result = validator.validateCreate(document.tree());
      } catch (IllegalArgumentException e) {
        problems.add(where + ": apiVersion: " + e.getMessage());
        continue;
      }
      result.errors().forEach(v -> problems.add(where + ": " + v.render()));
      result.warnings().forEach(w -> warnings.add(where + ": " + w));
    }
    return problems;
  }

  /**
   * A file named on its own (not found in a directory) that holds no config and no ConfigMap was
   * most likely meant for {@code -f}: it would add nothing, so it is an error naming what it holds.
   */
  private static List<String> filesWithoutConfigs(List<Path> paths, List<Document> documents) {
    List<String> problems = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        continue;
      }
      String source = path.toString();
      List<Document> own = documents.stream().filter(d -> d.source().equals(source)).toList();
      boolean serves =
          own.stream()
              .map(d -> d.kind().orElse(""))
              .anyMatch(
                  k ->
                      k.equals(InMemoryConfigSource.CONFIG_KIND)
                          || k.equals(InMemoryConfigSource.CONFIG_MAP_KIND));
      if (!serves && !own.isEmpty()) {
        String found =
            own.stream()
                .map(
                    d -> d.kind().orElse("?") + " " + d.name().map(n -> "\"" + n + "\"").orElse(""))
                .map(String::strip)
                .distinct()
                .limit(3)
                .collect(Collectors.joining(", "));
        problems.add(
            source
                + ": holds no LLMInferenceServiceConfig or ConfigMap, only "
                + found
                + "; a config file is expected here (services to compose are given with -f)");
      }
    }
    return problems;
  }

  /**
   * The config webhook's warnings about the configs read, each naming its file and config; a
   * command line prints them on standard error.
   *
   * @return the warnings, in file order
   */
  public List<String> warnings() {
    return warnings;
  }

  private static boolean isKustomization(String source) {
    Path name = Path.of(source).getFileName();
    return name != null && KUSTOMIZATION_FILES.contains(name.toString());
  }

  /** Every config read, in file order. */
  public List<ConfigDocument> configs() {
    return contents.configs();
  }

  @Override
  public Optional<ConfigDocument> config(String namespace, String name) {
    return contents.config(namespace, name);
  }

  @Override
  public Optional<ConfigDocument> sharedConfig(String namespace, String name) {
    return contents.sharedConfig(namespace, name);
  }

  @Override
  public Optional<ObjectNode> configMap(String namespace, String name) {
    return contents.configMap(namespace, name);
  }
}
