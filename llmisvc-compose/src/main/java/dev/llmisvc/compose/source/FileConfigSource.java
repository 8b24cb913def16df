package dev.llmisvc.compose.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentException;
import dev.llmisvc.api.yaml.DocumentReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    InMemoryConfigSource.Builder builder = InMemoryConfigSource.builder(defaultNamespace);
    List<Document> documents;
    try {
      documents = DocumentReader.read(paths);
    } catch (DocumentException e) {
      throw new ConfigFileException(e.problems(), e);
    }
    for (Document document : documents) {
      try {
        builder.add(document.tree(), document.source());
      } catch (IllegalArgumentException e) {
        throw new ConfigFileException(
            List.of(document.source() + ":" + document.line() + ": " + e.getMessage()), e);
      }
    }
    return new FileConfigSource(builder.build());
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
