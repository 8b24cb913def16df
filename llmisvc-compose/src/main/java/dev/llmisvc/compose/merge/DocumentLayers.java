package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.Violation;
import dev.llmisvc.api.yaml.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Documents as merge layers, the way {@code llmisvc merge} reads them: a document is a bare spec,
 * or an {@code LLMInferenceService} or {@code LLMInferenceServiceConfig} whose {@code spec} is the
 * layer. Each layer is checked as a spec fragment first ({@link
 * LlmisvcValidator#validateSpecFragment}) and named {@code SOURCE#INDEX}, so a merge error can be
 * traced back to its file with {@link #source(String)}.
 *
 * <pre>{@code
 * List<Layer> layers = DocumentLayers.of(DocumentReader.read(paths));
 * ObjectNode merged = SpecMerger.kserve().merge(layers).spec();
 * }</pre>
 */
public final class DocumentLayers {
  private static final Set<String> RESOURCE_KINDS =
      Set.of("LLMInferenceService", "LLMInferenceServiceConfig");

  private DocumentLayers() {}

  /**
   * The layers of {@code documents}, in order.
   *
   * @param documents bare specs or resources
   * @return one layer per document
   * @throws LayerException listing every document that is not a spec or a resource of ours, and
   *     every fragment problem, each as {@code SOURCE: PATH: message}
   */
  public static List<Layer> of(List<Document> documents) {
    List<Layer> layers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Document doc : documents) {
      String kind = doc.kind().orElse("");
      JsonNode spec;
      if (RESOURCE_KINDS.contains(kind)) {
        spec = doc.tree().path("spec");
        if (!spec.isObject()) {
          problems.add(doc.source() + ": spec: expected an object");
          continue;
        }
      } else if (kind.isEmpty() && !doc.tree().has("apiVersion")) {
        spec = doc.tree();
      } else {
        problems.add(
            doc.source()
                + ": kind: expected a bare spec, LLMInferenceService or LLMInferenceServiceConfig,"
                + " found \""
                + kind
                + "\"");
        continue;
      }
      for (Violation v : LlmisvcValidator.validateSpecFragment(spec)) {
        // path first on every line, the unknown field too
        problems.add(
            doc.source()
                + ": "
                + (v.type() == Violation.Type.UNKNOWN_FIELD
                    ? v.path() + ": unknown field"
                    : v.render()));
      }
      layers.add(new Layer(doc.source() + "#" + layers.size(), (ObjectNode) spec));
    }
    if (!problems.isEmpty()) {
      throw new LayerException(problems);
    }
    return layers;
  }

  /**
   * The source a layer of {@link #of} came from.
   *
   * @param layerId a layer id {@code SOURCE#INDEX}
   * @return {@code SOURCE}
   */
  public static String source(String layerId) {
    int hash = layerId.lastIndexOf('#');
    return hash < 0 ? layerId : layerId.substring(0, hash);
  }

  /** Documents that cannot be merge layers; every problem at once. */
  public static final class LayerException extends dev.llmisvc.api.LlmisvcException {
    private static final long serialVersionUID = 1L;

    /** One line per problem. */
    private final List<String> problems;

    LayerException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    /**
     * Every problem.
     *
     * @return {@code SOURCE: PATH: message}, one per line
     */
    public List<String> problems() {
      return problems;
    }
  }
}
