package dev.llmisvc.cli;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.settings.SettingsException;
import dev.llmisvc.api.settings.SettingsFile;
import dev.llmisvc.api.yaml.Document;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code --global-config FILE} through the library's {@link SettingsFile}: a YAML map of
 * controller settings; absent keys keep KServe's defaults.
 */
final class GlobalConfigFile {
  private GlobalConfigFile() {}

  /**
   * The settings of {@code file}, or KServe's defaults with {@code systemNamespace} when no file is
   * given. A file's own {@code systemNamespace} wins over the command-line default.
   */
  static ControllerSettings read(
      Optional<String> file, ControllerSettings base, InputReader reader) {
    if (file.isEmpty()) {
      return base;
    }
    List<Document> docs = reader.read(List.of(file.get()));
    if (docs.size() != 1) {
      throw new InputException(
          file.get()
              + ": expected one YAML map of global settings, found "
              + docs.size()
              + " documents");
    }
    try {
      return SettingsFile.apply(base, docs.get(0).tree(), file.get());
    } catch (SettingsException e) {
      throw new InputException(e.problems());
    }
  }
}
