package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.validation.Defaulter;
import dev.llmisvc.compose.AppliedConfig.Source;
import dev.llmisvc.compose.merge.Layer;
import dev.llmisvc.compose.merge.MergeException;
import dev.llmisvc.compose.merge.MergeResult;
import dev.llmisvc.compose.merge.SpecLeaves;
import dev.llmisvc.compose.merge.SpecMerger;
import dev.llmisvc.compose.postmerge.PostMergeContext;
import dev.llmisvc.compose.postmerge.PostMergeException;
import dev.llmisvc.compose.postmerge.PostMergeStep;
import dev.llmisvc.compose.postmerge.PostMergeSteps;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.CatalogConfigSource;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.template.ConfigTemplate;
import dev.llmisvc.compose.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the effective spec of an {@code LLMInferenceService} the way KServe's controller does
 * (composition.md §1–§7), with no cluster:
 *
 * <ol>
 *   <li>webhook defaults ({@code model.name} from {@code metadata.name}, ...) and preset-name pins;
 *   <li>the shape pass: the service's {@code baseRefs} merged over its spec, configs winning, to
 *       decide the topology; a {@code model.name} a baseRef sets replaces the service's;
 *   <li>well-known presets chosen by that shape, in KServe's order, then the {@code baseRefs};
 *   <li>each config looked up in the service's namespace, then the system namespace;
 *   <li>the merge: presets, baseRefs, then the service's own spec, later winning;
 *   <li>the post-merge steps in KServe's order, template substitution third.
 * </ol>
 *
 * <pre>{@code
 * Composer composer = Composer.builder()
 *     .configs(FileConfigSource.load(List.of(Path.of("configs")), "default"))
 *     .build();
 * Composition c = composer.compose(service);
 * }</pre>
 *
 * <p>A composer holds no mutable state and may be shared between threads if its config source may
 * be.
 */
public final class Composer {
  /** KServe's stop annotation: a failing composition of a stopped service is not an error. */
  public static final String STOP_ANNOTATION = "serving.kserve.io/stop";

  private final ConfigSource configs;
  private final ComposeOptions options;
  private final ConfigNameResolver names;
  private final SpecMerger merger = SpecMerger.kserve();

  private Composer(ConfigSource configs, ComposeOptions options) {
    this.configs = configs;
    this.options = options;
    this.names = new ConfigNameResolver(options.configPrefix(), options.versionedConfigs());
  }

  /** A builder: the built-in presets and KServe's defaults unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /** The settings this composer uses. */
  public ComposeOptions options() {
    return options;
  }

  /**
   * Composes one service.
   *
   * @param service an {@code LLMInferenceService} resource tree, v1alpha1 or v1alpha2; not changed
   * @return the composition; a missing config or a failing merge, template or post-merge step gives
   *     a composition whose {@link Composition#condition()} is False with KServe's reason
   * @throws IllegalArgumentException when {@code service} has no known {@code apiVersion}
   */
  public Composition compose(ObjectNode service) {
    ApiVersion version = ApiVersion.of(service);
    ObjectNode svc =
        version == ApiVersion.V1ALPHA1 ? Conversion.toV1alpha2(service) : service.deepCopy();
    svc = Defaulter.applyWebhookDefaults(svc);
    ObjectNode metadata = (ObjectNode) svc.get("metadata");
    if (metadata.path("namespace").asText("").isEmpty()) {
      metadata.put("namespace", "default");
    }
    names.attach(svc);
    String name = metadata.path("name").asText("");
    String namespace = metadata.path("namespace").asText();
    ConfigLookup lookup = new ConfigLookup(configs, options.systemNamespace());
    List<String> missing = missingConfigs(svc, lookup);
    try {
      return combine(svc, version, lookup, name, namespace, missing);
    } catch (ConfigNotFoundException e) {
      return failed(svc, version, "ConfigNotFound", e.getMessage(), missing);
    } catch (ConfigLookupException | MergeException | TemplateException | PostMergeException e) {
      return failed(svc, version, "CombineBaseError", e.getMessage(), missing);
    }
  }

  private Composition combine(
      ObjectNode svc,
      ApiVersion version,
      ConfigLookup lookup,
      String name,
      String namespace,
      List<String> missing) {
    ObjectNode spec = (ObjectNode) svc.get("spec");

    // Shape pass: configs override the service, only to decide which presets apply.
    List<ConfigDocument> baseRefs = new ArrayList<>();
    ObjectNode shape = spec.deepCopy();
    for (JsonNode ref : spec.path("baseRefs")) {
      ConfigDocument doc = lookup.find(namespace, ref.path("name").asText(""));
      baseRefs.add(doc);
      shape =
          merger
              .merge(List.of(new Layer("shape", shape), new Layer(userRef(doc).id(), specOf(doc))))
              .spec();
    }
    JsonNode shapeModelName = shape.path("model").get("name");
    if (shapeModelName != null && !shapeModelName.isNull()) {
      ((ObjectNode) spec.get("model")).set("name", shapeModelName.deepCopy());
    }

    List<AppliedConfig> applied = new ArrayList<>();
    List<Layer> layers = new ArrayList<>();
    for (String suffix : PresetSelector.select(shape)) {
      ConfigDocument doc = lookup.find(namespace, names.presetName(svc, suffix));
      AppliedConfig a = new AppliedConfig(doc.name(), doc.namespace(), Source.Preset);
      applied.add(a);
      layers.add(new Layer(a.id(), specOf(doc)));
    }
    for (ConfigDocument doc : baseRefs) {
      AppliedConfig a = userRef(doc);
      applied.add(a);
      layers.add(new Layer(a.id(), specOf(doc)));
    }
    String serviceLayer = "LLMInferenceService:" + namespace + "/" + name;
    layers.add(new Layer(serviceLayer, spec));
    MergeResult merged = merger.merge(layers);

    ObjectNode config = svc.objectNode();
    config.set("metadata", svc.get("metadata").deepCopy());
    config.set("spec", merged.spec());
    Map<String, FieldOrigin> origins = new LinkedHashMap<>();
    merged
        .provenance()
        .entries()
        .forEach((path, layer) -> origins.put(path, FieldOrigin.merged(layer)));

    PostMergeContext context = PostMergeContext.of(svc, options.systemNamespace(), configs);
    for (PostMergeStep step : PostMergeSteps.inOrder(templates(svc, name))) {
      Map<String, JsonNode> before = SpecLeaves.of(config.path("spec"));
      JsonNode beforeSpec = config.path("spec").deepCopy();
      try {
        step.apply(config, context);
      } catch (TemplateException e) {
        throw new PostMergeException(step.name(), withLayer(e, name, config, origins), e);
      }
      if (step.name().equals(PostMergeSteps.TEMPLATE_SUBSTITUTION)) {
        attributeTemplated(before, beforeSpec, config.path("spec"), origins);
      } else {
        attribute(step.name(), before, SpecLeaves.of(config.path("spec")), origins);
      }
    }
    List<String> warnings = new ArrayList<>(context.findings().warnings());
    return new Composition(
        svc,
        version,
        (ObjectNode) config.get("spec"),
        applied,
        ComposeCondition.combined(),
        origins,
        merged.diagnostics(),
        warnings,
        missing);
  }

  /** Template substitution as a post-merge step, over the whole config object. */
  private PostMergeStep templates(ObjectNode svc, String name) {
    return new PostMergeStep() {
      @Override
      public String name() {
        return PostMergeSteps.TEMPLATE_SUBSTITUTION;
      }

      @Override
      public void apply(ObjectNode config, PostMergeContext context) {
        ObjectNode rendered = ConfigTemplate.render(name, config, svc, options.globalConfig());
        config.removeAll();
        config.setAll(rendered);
      }
    };
  }

  /**
   * The template error's message with the layer that wrote the failing string after the field
   * ({@code config "llama", field spec.template.containers[0].args[0] (from UserRef:kserve/expert):
   * failed to merge config: ...}): the config being rendered is the merged one, named after the
   * service, so without this the message does not say which config holds the expression.
   */
  private static String withLayer(
      TemplateException e, String name, ObjectNode config, Map<String, FieldOrigin> origins) {
    String message = e.getMessage();
    Optional<String> field = e.fieldPath();
    if (field.isEmpty() || !field.get().startsWith("spec")) {
      return message;
    }
    String head = "config " + GoQuote.quote(e.configName()) + ", field " + field.get();
    if (!message.startsWith(head)) {
      return message;
    }
    String best = null;
    String bestLayer = null;
    for (Map.Entry<String, FieldOrigin> entry : origins.entrySet()) {
      Optional<String> layer = entry.getValue().layer();
      Optional<String> at = indexPath(config.path("spec"), entry.getKey());
      if (layer.isEmpty() || at.isEmpty()) {
        continue;
      }
      String path = at.get().isEmpty() ? "spec" : "spec." + at.get();
      boolean covers =
          field.get().equals(path)
              || (field.get().startsWith(path)
                  && (field.get().charAt(path.length()) == '.'
                      || field.get().charAt(path.length()) == '['));
      if (covers && (best == null || path.length() > best.length())) {
        best = path;
        bestLayer = layer.get();
      }
    }
    if (bestLayer == null) {
      return message;
    }
    return head + " (from " + bestLayer + ")" + message.substring(head.length());
  }

  /**
   * A provenance path ({@code template.containers[name=main].args}) as the template package names
   * the same place ({@code template.containers[0].args}): keyed items become their index in {@code
   * spec}, keys that are not identifiers are written {@code ["a.b/c"]}. Empty when the path does
   * not lead anywhere in {@code spec}.
   */
  static Optional<String> indexPath(JsonNode spec, String path) {
    StringBuilder out = new StringBuilder();
    JsonNode node = spec;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      String key;
      if (c == '.') {
        i++;
        continue;
      } else if (path.startsWith("[\"", i)) {
        StringBuilder k = new StringBuilder();
        int j = i + 2;
        while (j < path.length() && path.charAt(j) != '"') {
          if (path.charAt(j) == '\\' && j + 1 < path.length()) {
            j++;
          }
          k.append(path.charAt(j++));
        }
        key = k.toString();
        i = j + 2; // past "]
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        int eq = path.indexOf('=', i);
        if (close < 0 || eq < 0 || eq > close || !node.isArray()) {
          return Optional.empty();
        }
        String field = path.substring(i + 1, eq);
        String value = path.substring(eq + 1, close);
        int index = -1;
        for (int n = 0; n < node.size(); n++) {
          JsonNode item = node.get(n).get(field);
          if (item != null
              && (item.isValueNode() ? item.asText() : item.toString()).equals(value)) {
            index = n;
            break;
          }
        }
        if (index < 0) {
          return Optional.empty();
        }
        out.append('[').append(index).append(']');
        node = node.get(index);
        i = close + 1;
        continue;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        key = path.substring(i, end);
        i = end;
      }
      if (!node.has(key)) {
        return Optional.empty();
      }
      node = node.get(key);
      if (key.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
        out.append(out.isEmpty() ? "" : ".").append(key);
      } else {
        out.append('[').append(GoQuote.quote(key)).append(']');
      }
    }
    return Optional.of(out.toString());
  }

  /**
   * Marks the leaves template substitution changed as templated, keeping their layer. A leaf is
   * followed by its position (field names and list indexes, which rendering does not change), not
   * by its provenance path: a rendered merge key ({@code volumes[name={{ .ObjectMeta.Name
   * }}-cache]}) changes the path of every leaf of its item.
   */
  private static void attributeTemplated(
      Map<String, JsonNode> before,
      JsonNode beforeSpec,
      JsonNode afterSpec,
      Map<String, FieldOrigin> origins) {
    Map<String, String> byPosition = new LinkedHashMap<>();
    before.keySet().forEach(p -> indexPath(beforeSpec, p).ifPresent(i -> byPosition.put(i, p)));
    Map<String, FieldOrigin> rendered = new LinkedHashMap<>();
    SpecLeaves.of(afterSpec)
        .forEach(
            (path, value) -> {
              String was = indexPath(afterSpec, path).map(byPosition::get).orElse(path);
              FieldOrigin origin = origins.get(was);
              boolean changed = !was.equals(path) || !Objects.equals(before.get(was), value);
              if (origin == null && changed) {
                rendered.put(path, FieldOrigin.postMerge(PostMergeSteps.TEMPLATE_SUBSTITUTION));
              } else if (origin != null) {
                rendered.put(path, changed ? origin.asTemplated() : origin);
              }
            });
    origins.keySet().removeAll(before.keySet());
    origins.putAll(rendered);
  }

  /** Records which leaves a post-merge step created, changed or removed. */
  private static void attribute(
      String step,
      Map<String, JsonNode> before,
      Map<String, JsonNode> after,
      Map<String, FieldOrigin> origins) {
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(origins::remove);
    after.forEach(
        (path, value) -> {
          JsonNode old = before.get(path);
          if (Objects.equals(old, value)) {
            return;
          }
          FieldOrigin was = origins.get(path);
          if (was == null) {
            origins.put(path, FieldOrigin.postMerge(step));
          } else {
            origins.put(path, was.changedBy(step));
          }
        });
  }

  /**
   * Every config name the service would ask for that exists nowhere: the baseRefs, and the presets
   * its shape selects when every baseRef was found. KServe reports only the first.
   */
  private List<String> missingConfigs(ObjectNode svc, ConfigLookup lookup) {
    String namespace = svc.path("metadata").path("namespace").asText();
    List<String> missing = new ArrayList<>();
    ObjectNode shape = svc.path("spec").deepCopy();
    boolean shapeKnown = true;
    for (JsonNode ref : svc.path("spec").path("baseRefs")) {
      String ref1 = ref.path("name").asText("");
      try {
        ConfigDocument doc = lookup.find(namespace, ref1);
        shape =
            merger.merge(List.of(new Layer("shape", shape), new Layer("ref", specOf(doc)))).spec();
      } catch (ConfigNotFoundException e) {
        missing.add(ref1);
        shapeKnown = false;
      } catch (RuntimeException e) {
        shapeKnown = false;
      }
    }
    if (shapeKnown) {
      for (String suffix : PresetSelector.select(shape)) {
        String preset = names.presetName(svc, suffix);
        try {
          lookup.find(namespace, preset);
        } catch (ConfigNotFoundException e) {
          missing.add(preset);
        } catch (RuntimeException e) {
          // another kind of failure is reported by the composition itself
        }
      }
    }
    return missing;
  }

  private Composition failed(
      ObjectNode svc, ApiVersion version, String reason, String message, List<String> missing) {
    String stop = svc.path("metadata").path("annotations").path(STOP_ANNOTATION).asText("");
    if (stop.equalsIgnoreCase("true")) {
      // KServe keeps the raw spec of a stopped service and reports the failure as a warning.
      return new Composition(
          svc,
          version,
          (ObjectNode) svc.get("spec").deepCopy(),
          List.of(),
          ComposeCondition.failed("Stopped", "Service is stopped with warning: " + message),
          Map.of(),
          List.of(),
          List.of("Service is stopped with warning: " + message),
          missing);
    }
    return new Composition(
        svc,
        version,
        null,
        List.of(),
        ComposeCondition.failed(reason, message),
        Map.of(),
        List.of(),
        List.of(),
        missing);
  }

  /**
   * The config's v1alpha2 spec. The controller reads configs through the v1alpha2 API, so the API
   * server has converted a v1alpha1 config (GIE v1alpha2 pool fields, {@code criticality}) first.
   */
  private static ObjectNode specOf(ConfigDocument doc) {
    if (!doc.object().path("apiVersion").asText().equals(ApiVersion.V1ALPHA1.apiVersion())) {
      return doc.spec();
    }
    JsonNode spec = Conversion.toV1alpha2(doc.object()).get("spec");
    return spec instanceof ObjectNode o ? o : doc.spec();
  }

  private static AppliedConfig userRef(ConfigDocument doc) {
    return new AppliedConfig(doc.name(), doc.namespace(), Source.UserRef);
  }

  /** Builds a {@link Composer}. */
  public static final class Builder {
    private ConfigSource userConfigs = ConfigSource.empty();
    private boolean builtinPresets = true;
    private ComposeOptions options = ComposeOptions.defaults();

    private Builder() {}

    /** Where the user's configs and ConfigMaps live; they win over built-in presets. */
    public Builder configs(ConfigSource source) {
      this.userConfigs = Objects.requireNonNull(source);
      return this;
    }

    /** Whether the built-in preset catalog answers for the system namespace (default yes). */
    public Builder builtinPresets(boolean enabled) {
      this.builtinPresets = enabled;
      return this;
    }

    /** The controller settings. */
    public Builder options(ComposeOptions options) {
      this.options = Objects.requireNonNull(options);
      return this;
    }

    public Composer build() {
      ConfigSource source =
          builtinPresets
              ? CatalogConfigSource.userThenBuiltin(
                  userConfigs,
                  PresetCatalog.builtin(options.systemNamespace())
                      .withPrefix(options.configPrefix()))
              : userConfigs;
      return new Composer(source, options);
    }
  }
}
