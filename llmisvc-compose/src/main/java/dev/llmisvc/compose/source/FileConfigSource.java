package dev.llmisvc.compose.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Configs and ConfigMaps read from files and directories, as given to {@code --config}.
 *
 * <p>A file may hold several YAML documents ({@code ---}), JSON, or a {@code kind: List} with
 * {@code items}. LLMInferenceServiceConfigs ({@code serving.kserve.io/v1alpha1} or {@code
 * v1alpha2}, kept as written) and ConfigMaps are served; other kinds are ignored, so a service and
 * its configs can share a file. Objects without a namespace are placed in the default namespace
 * given by the caller. A directory contributes its {@code .yaml}, {@code .yml} and {@code .json}
 * files in name order, not recursing into subdirectories. Everything is read eagerly by {@link
 * #load}; a bad file fails there with a {@link ConfigFileException} naming the file and the
 * problem.
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
    for (Path path : paths) {
      for (Path file : files(path)) {
        read(file, builder);
      }
    }
    return new FileConfigSource(builder.build());
  }

  private static List<Path> files(Path path) {
    if (!Files.exists(path)) {
      throw new ConfigFileException(path, "no such file or directory", null);
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(FileConfigSource::isConfigFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ConfigFileException(path, "cannot list directory: " + e.getMessage(), e);
    }
  }

  private static boolean isConfigFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static void read(Path file, InMemoryConfigSource.Builder builder) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? JSON : YAML;
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNextValue()) {
        documents.add(it.nextValue());
      }
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(file, "no such file or directory", e);
    } catch (JsonProcessingException e) {
      throw new ConfigFileException(file, syntaxProblem(e, json), e);
    } catch (IOException e) {
      throw new ConfigFileException(file, "cannot read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // MappingIterator wraps parse errors in an unchecked exception.
      Throwable cause = e.getCause();
      if (cause instanceof JsonProcessingException) {
        throw new ConfigFileException(
            file, syntaxProblem((JsonProcessingException) cause, json), e);
      }
      throw e;
    }
    int index = 0;
    for (JsonNode document : documents) {
      index++;
      if (document == null || document.isNull() || document.isMissingNode()) {
        continue; // an empty document between two "---"
      }
      try {
        builder.add(document, file.toString());
      } catch (IllegalArgumentException e) {
        String where = documents.size() > 1 ? "document " + index + ": " : "";
        throw new ConfigFileException(file, where + e.getMessage(), e);
      }
    }
  }

  private static String syntaxProblem(JsonProcessingException e, boolean json) {
    JsonLocation location = e.getLocation();
    String at =
        location == null || location.getLineNr() < 0 ? "" : "line " + location.getLineNr() + ": ";
    return "invalid " + (json ? "JSON" : "YAML") + ": " + at + e.getOriginalMessage();
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
  public Optional<ObjectNode> configMap(String namespace, String name) {
    return contents.configMap(namespace, name);
  }
}
