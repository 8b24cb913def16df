package dev.llmisvc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.compose.merge.DocumentLayers;
import dev.llmisvc.compose.merge.Layer;
import dev.llmisvc.compose.merge.MergeException;
import dev.llmisvc.compose.merge.SpecMerger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc merge [-o yaml|json|json-compact] FILE...}: specs merged in order with KServe's
 * strategic merge (later wins), printed as one spec.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Merges LLMInferenceService specs in order, later wins, exactly as KServe merges presets,"
          + " baseRefs and the service, and prints the merged spec.",
      "Each document is a bare spec, or an LLMInferenceService or LLMInferenceServiceConfig whose"
          + " spec is used."
    })
final class MergeCommand implements Callable<Integer> {
  private static final Set<String> RESOURCE_KINDS =
      Set.of("LLMInferenceService", "LLMInferenceServiceConfig");

  @Spec CommandSpec spec;

  @Mixin OutputOption output;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Specs or resources, lowest precedence first; directories and - for stdin.")
  List<String> files;

  @Override
  public Integer call() {
    List<Document> documents = new InputReader(System.in).read(files);
    List<Layer> layers;
    try {
      layers = DocumentLayers.of(documents);
    } catch (DocumentLayers.LayerException e) {
      throw new InputException(e.problems());
    }
    ObjectNode merged;
    try {
      merged = SpecMerger.kserve().merge(layers).spec();
    } catch (MergeException e) {
      throw new InputException(
          DocumentLayers.source(e.layerId()) + ": spec." + e.path() + ": " + e.reason());
    }
    DocumentWriter.print(spec.commandLine().getOut(), output.format, List.of(merged));
    return 0;
  }
}
