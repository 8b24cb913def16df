package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentException;
import dev.llmisvc.api.yaml.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
 * with a {@link ConfigFileException} naming the file and the problem.
 */
public final class FileConfigSource implements ConfigSource {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The names kustomize looks for in a directory. */
  private static final Set<String> KUSTOMIZATION_FILES =
      Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private final InMemoryConfigSource contents;

  private FileConfigSource(InMemoryConfigSource contents) {
    this.contents = contents;
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
    return new FileConfigSource(builder.build());
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
