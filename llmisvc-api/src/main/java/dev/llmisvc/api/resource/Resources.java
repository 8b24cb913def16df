package dev.llmisvc.api.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed models of KServe's resources by {@code apiVersion} and {@code kind}: both resources and
 * their lists, in both versions.
 *
 * <pre>{@code
 * Object value = Resources.read(Files.readString(path));
 * if (value instanceof dev.llmisvc.api.v1alpha2.LLMInferenceService svc) { ... }
 * }</pre>
 */
public final class Resources {
  private static final Map<String, Class<?>> CLASSES = classes();

  private Resources() {}

  private static Map<String, Class<?>> classes() {
    Map<String, Class<?>> classes = new LinkedHashMap<>();
    for (Class<?> c :
        List.<Class<?>>of(
            dev.llmisvc.api.v1alpha1.LLMInferenceService.class,
            dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig.class,
            dev.llmisvc.api.v1alpha1.LLMInferenceServiceList.class,
            dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfigList.class,
            dev.llmisvc.api.v1alpha2.LLMInferenceService.class,
            dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig.class,
            dev.llmisvc.api.v1alpha2.LLMInferenceServiceList.class,
            dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfigList.class)) {
      String version = c.getPackageName().substring(c.getPackageName().lastIndexOf('.') + 1);
      classes.put("serving.kserve.io/" + version + "/" + c.getSimpleName(), c);
    }
    return Collections.unmodifiableMap(classes);
  }

  /**
   * The model class of a resource.
   *
   * @param apiVersion e.g. {@code serving.kserve.io/v1alpha2}
   * @param kind {@code LLMInferenceService}, {@code LLMInferenceServiceConfig} or their {@code
   *     List}s
   * @return the class, if this API has one for them
   */
  public static Optional<Class<?>> modelClass(String apiVersion, String kind) {
    return Optional.ofNullable(CLASSES.get(apiVersion + "/" + kind));
  }

  /**
   * Reads one resource document of any kind and version this API models, choosing the class from
   * its {@code apiVersion} and {@code kind}.
   *
   * @param text the document
   * @return an instance of one of the {@code v1alpha1}/{@code v1alpha2} resource or list classes
   * @throws ParseException when apiVersion/kind are not modelled or the text does not fit
   */
  public static Object read(String text) {
    JsonNode tree = LlmisvcMapper.readTree(text);
    return LlmisvcMapper.read(text, classOf(tree));
  }

  /**
   * Converts a document read by {@link dev.llmisvc.api.yaml.DocumentReader} to its model.
   *
   * @param document the document
   * @return the typed value
   * @throws ParseException naming the document's source when it does not fit its model
   */
  public static Object read(Document document) {
    try {
      return LlmisvcMapper.fromTree(document.tree(), classOf(document.tree()));
    } catch (ParseException e) {
      throw e.withFile(document.source());
    }
  }

  private static Class<?> classOf(JsonNode tree) {
    String apiVersion = tree == null ? "" : tree.path("apiVersion").asText("");
    String kind = tree == null ? "" : tree.path("kind").asText("");
    return modelClass(apiVersion, kind)
        .orElseThrow(
            () ->
                new ParseException(
                    Optional.empty(),
                    0,
                    0,
                    "",
                    "unknown apiVersion/kind \""
                        + apiVersion
                        + "/"
                        + kind
                        + "\", expected one of "
                        + CLASSES.keySet(),
                    null));
  }
}
