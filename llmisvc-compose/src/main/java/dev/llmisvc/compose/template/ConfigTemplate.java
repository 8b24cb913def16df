package dev.llmisvc.compose.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.validation.Defaulter;
import java.util.Set;

/**
 * KServe's template substitution ({@code ReplaceVariables}) on one config: the whole config object
 * is written as Go's {@code encoding/json} writes it, that text is parsed as one Go {@code
 * text/template} named {@code config} (option {@code missingkey=error}, extra functions {@code
 * ChildName}, {@code shutdownTimeout}, {@code kvTransferConfig}), executed over the service and
 * {@code .GlobalConfig}, and the output parsed back as JSON. Working on the text, not string by
 * string, is what makes trim markers, raw splicing of action output into JSON, backtick-only string
 * literals and an {@code if} spanning several strings behave exactly as in KServe.
 *
 * <pre>{@code
 * ObjectNode rendered = ConfigTemplate.render("kserve-config-llm-template", config, service,
 *     ControllerSettings.defaults());
 * }</pre>
 *
 * <p>What it does not do: the output is not decoded into Go structs, so a value of the wrong JSON
 * type (a string where Go wants an integer) is not rejected here, fields Go would add at their zero
 * value are not added, and keys the Go types do not declare are kept (Go drops them). The template
 * data is the service's JSON seen as the Go values KServe's templates see. Every known difference
 * from Go is listed in the package documentation.
 */
public final class ConfigTemplate {
  // Go's decoder rejects anything after the top-level value
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  static final String NAME = "config";

  private ConfigTemplate() {}

  /**
   * Substitutes a config's template variables for one service, as KServe does while composing: both
   * resources are taken to v1alpha2 first, the service gets the mutating webhook's defaults
   * (templates see the service as stored), and the result is given back in the config's version.
   *
   * @param config an {@code LLMInferenceServiceConfig} resource tree of either version
   * @param service an {@code LLMInferenceService} resource tree of either version
   * @param settings the controller settings behind {@code .GlobalConfig}
   * @return the config after substitution, in its own version
   * @throws TemplateException when a template does not parse or fails
   * @throws IllegalArgumentException when a tree has no known {@code apiVersion}
   */
  public static ObjectNode substitute(
      ObjectNode config, ObjectNode service, ControllerSettings settings) {
    ApiVersion configVersion = ApiVersion.of(config);
    ObjectNode cfg =
        configVersion == ApiVersion.V1ALPHA1 ? Conversion.toV1alpha2(config) : config.deepCopy();
    ObjectNode svc =
        ApiVersion.of(service) == ApiVersion.V1ALPHA1
            ? Conversion.toV1alpha2(service)
            : service.deepCopy();
    svc = Defaulter.applyWebhookDefaults(svc);
    String name = cfg.path("metadata").path("name").asText("");
    ObjectNode rendered = render(name, cfg, svc, settings);
    return configVersion == ApiVersion.V1ALPHA1 ? Conversion.toV1alpha1(rendered) : rendered;
  }

  /**
   * Renders one config.
   *
   * @param configName the config's name, for errors
   * @param configObject {@code {metadata (copy of the service's), spec (merged), status?}}
   * @param service the LLMInferenceService as stored (v1alpha2 tree, model name already
   *     propagated): the data templates read
   * @param settings the controller settings behind {@code .GlobalConfig}
   * @return a new tree; the arguments are not modified
   * @throws TemplateException when the template does not parse, fails to execute, or its output is
   *     not a JSON object
   */
  public static ObjectNode render(
      String configName, ObjectNode configObject, ObjectNode service, ControllerSettings settings) {
    java.util.Objects.requireNonNull(settings, "settings");
    return render(configName, configObject, service, GlobalConfig.of(settings));
  }

  static ObjectNode render(
      String configName, ObjectNode configObject, ObjectNode service, GlobalConfig global) {
    java.util.Objects.requireNonNull(configName, "configName");
    java.util.Objects.requireNonNull(configObject, "configObject");
    java.util.Objects.requireNonNull(service, "service");
    java.util.Objects.requireNonNull(global, "global");
    ObjectNode fast =
        StringTemplates.render(
            configObject,
            () -> GoData.root(service, global, inferencePoolNamespacedName(configObject, service)));
    return fast != null ? fast : renderWholeText(configName, configObject, service, global);
  }

  /**
   * The reference path: the whole config as one Go JSON text, one template. {@link StringTemplates}
   * gives the same result faster whenever it can; tests compare the two.
   */
  static ObjectNode renderWholeText(
      String configName, ObjectNode configObject, ObjectNode service, GlobalConfig global) {
    GoJson.Text json =
        GoJson.write(configObject, GoSchema.kserve().struct("v1alpha2.LLMInferenceServiceConfig"));
    String text = json.text();
    Parser.Tree tree;
    try {
      tree = Parser.parse(NAME, text, Set.copyOf(Funcs.ALL.keySet()));
    } catch (GoTemplateError e) {
      throw new TemplateException(
          configName,
          TemplateException.Stage.PARSE,
          json.pathAt(e.pos()),
          e.context(),
          e.getMessage());
    }
    String output;
    try {
      output =
          Executor.execute(
              text,
              tree,
              GoData.root(service, global, inferencePoolNamespacedName(configObject, service)));
    } catch (GoTemplateError e) {
      throw new TemplateException(
          configName,
          TemplateException.Stage.EXECUTE,
          json.pathAt(e.pos()),
          e.context(),
          e.getMessage());
    }
    JsonNode result;
    try {
      result = JSON.readTree(output);
    } catch (JsonProcessingException e) {
      throw new TemplateException(
          configName,
          TemplateException.Stage.UNMARSHAL,
          java.util.Optional.empty(),
          "",
          e.getOriginalMessage());
    }
    if (!(result instanceof ObjectNode obj)) {
      throw new TemplateException(
          configName,
          TemplateException.Stage.UNMARSHAL,
          java.util.Optional.empty(),
          "",
          "cannot unmarshal "
              + (result == null ? "nothing" : result.getNodeType().name().toLowerCase())
              + " into Go value of type v1alpha2.LLMInferenceServiceConfig");
    }
    return obj;
  }

  /** {@code <svc namespace>/<pool>}: the config's pool ref name, else the default pool name. */
  static String inferencePoolNamespacedName(ObjectNode config, ObjectNode service) {
    String svcName = service.path("metadata").path("name").asText("");
    String ns = service.path("metadata").path("namespace").asText("");
    String ref =
        config
            .path("spec")
            .path("router")
            .path("scheduler")
            .path("pool")
            .path("ref")
            .path("name")
            .asText("");
    String pool = ref.isEmpty() ? ChildName.of(svcName, "-inference-pool") : ref;
    return ns + "/" + pool;
  }
}
