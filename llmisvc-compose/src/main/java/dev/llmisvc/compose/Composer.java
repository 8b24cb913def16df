package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.DependencyCheck;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.common.TreeDepth;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.validation.Defaulter;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.internal.ConfigNameResolver;
import dev.llmisvc.compose.internal.PresetSelector;
import dev.llmisvc.compose.internal.postmerge.PostMergeContext;
import dev.llmisvc.compose.internal.postmerge.PostMergeException;
import dev.llmisvc.compose.internal.postmerge.PostMergeStep;
import dev.llmisvc.compose.internal.postmerge.PostMergeSteps;
import dev.llmisvc.compose.merge.Layer;
import dev.llmisvc.compose.merge.MergeException;
import dev.llmisvc.compose.merge.MergeResult;
import dev.llmisvc.compose.merge.SpecLeaves;
import dev.llmisvc.compose.merge.SpecMerger;
import dev.llmisvc.compose.preset.PresetCatalog;
import dev.llmisvc.compose.source.CatalogConfigSource;
import dev.llmisvc.compose.source.ConfigDocument;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.compose.source.ConfigSourceException;
import dev.llmisvc.compose.template.ConfigTemplate;
import dev.llmisvc.compose.template.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
 *     .configs(ConfigSource.inMemory(gpuProfile))            // typed LLMInferenceServiceConfigs
 *     .settings(ControllerSettings.builder().enableTls(true).build())
 *     .build();
 * Composition<LLMInferenceService> c = composer.compose(service);
 * LLMInferenceService effective = c.effective();
 * }</pre>
 *
 * <p>Services come typed (either version; the result is in the same version) or, for YAML-first
 * callers, as resource trees.
 *
 * <p>A composer may be shared between threads if its config source may be. It keeps one thing
 * between calls: the merge of each combination of configs it has met (keyed by their content, so a
 * changed config is merged afresh), which is what makes composing a fleet cheap.
 */
public final class Composer {
  /** KServe's stop annotation: a failing composition of a stopped service is not an error. */
  public static final String STOP_ANNOTATION = "serving.kserve.io/stop";

  /**
   * How deep a service may nest (objects and lists, the resource itself being level 1) before
   * {@link #compose} refuses it with a {@link ServiceInputException}, checked before any work so
   * that no input can exhaust the stack: the merge, conversion and templates recurse once or more
   * per level. Real specs are shallow (the built-in presets nest at most 12 levels, a pod template
   * with probes some 15), so the bound is generous; a service at the bound composes within half a
   * usual 1 MiB thread stack ({@code DeepTreesTest}).
   */
  public static final int MAX_DEPTH = 500;

  private final ConfigSource configs;
  private final ControllerSettings settings;
  private final ConfigNameResolver names;
  private final SpecMerger merger = SpecMerger.kserve();
  private final Map<PlanKey, SpecMerger.Prefix> plans = new ConcurrentHashMap<>();
  private final boolean cacheMerges;

  private Composer(ConfigSource configs, ControllerSettings settings, boolean cacheMerges) {
    this.cacheMerges = cacheMerges;
    this.configs = configs;
    this.settings = settings;
    this.names = new ConfigNameResolver(settings.configPrefix(), settings.versionedConfigs());
  }

  /** A builder: the built-in presets and KServe's defaults unless told otherwise. */
  public static Builder builder() {
    // fail here, with what to change, rather than with a NoSuchMethodError mid-composition
    DependencyCheck.requireSupportedVersions();
    return new Builder();
  }

  /**
   * The controller settings this composer uses.
   *
   * @return the settings
   */
  public ControllerSettings settings() {
    return settings;
  }

  /**
   * Where this composer looks configs up: the user's sources, then the built-in catalog.
   *
   * @return the config source
   */
  public ConfigSource configs() {
    return configs;
  }

  /**
   * Composes one v1alpha2 service.
   *
   * @param service the service as a user would apply it
   * @return the composition; a missing config or a failing merge, template or post-merge step gives
   *     a composition whose {@link Composition#condition()} is False with KServe's reason
   */
  public Composition<dev.llmisvc.api.v1alpha2.LLMInferenceService> compose(
      dev.llmisvc.api.v1alpha2.LLMInferenceService service) {
    return compose(
        (ObjectNode) LlmisvcMapper.toTree(service),
        tree -> LlmisvcMapper.fromTree(tree, dev.llmisvc.api.v1alpha2.LLMInferenceService.class));
  }

  /**
   * Composes one v1alpha1 service: KServe converts it to v1alpha2, composes, and the result is
   * converted back (see {@link Composition#effective()}).
   *
   * @param service the service as a user would apply it
   * @return the composition; see {@link #compose(dev.llmisvc.api.v1alpha2.LLMInferenceService)}
   */
  public Composition<dev.llmisvc.api.v1alpha1.LLMInferenceService> compose(
      dev.llmisvc.api.v1alpha1.LLMInferenceService service) {
    return compose(
        (ObjectNode) LlmisvcMapper.toTree(service),
        tree -> {
          // v1alpha1 has no status.appliedConfigs; Composition#appliedConfigs() keeps them
          tree.remove("status");
          return LlmisvcMapper.fromTree(tree, dev.llmisvc.api.v1alpha1.LLMInferenceService.class);
        });
  }

  /**
   * Composes one service given as a resource tree, for YAML-first callers.
   *
   * @param service an {@code LLMInferenceService} resource tree, v1alpha1 or v1alpha2; not changed
   * @return the composition; its {@link Composition#effective()} is the resource tree
   * @throws ServiceInputException when {@code service} is not an {@code LLMInferenceService} of a
   *     known {@code apiVersion}, or nests deeper than {@link #MAX_DEPTH}
   */
  public Composition<ObjectNode> compose(ObjectNode service) {
    return compose(service, tree -> tree);
  }

  private <T> Composition<T> compose(ObjectNode service, Function<ObjectNode, T> asInput) {
    String kind = service.path("kind").asText("");
    if (!kind.equals("LLMInferenceService")) {
      throw new ServiceInputException(
          "kind",
          "only an LLMInferenceService can be composed, not "
              + (kind.isEmpty() ? "a document without kind" : "kind " + kind));
    }
    ApiVersion version;
    try {
      version = ApiVersion.of(service);
    } catch (IllegalArgumentException e) {
      throw new ServiceInputException("apiVersion", e.getMessage());
    }
    TreeDepth.beyond(service, MAX_DEPTH)
        .ifPresent(
            path -> {
              throw new ServiceInputException(
                  path,
                  "nests deeper than "
                      + MAX_DEPTH
                      + " levels; a service is refused beyond that (Composer.MAX_DEPTH)");
            });
    try {
      // what KServe's Go types cannot read (replicas: 2147483648) never reaches its controller
      LlmisvcMapper.requireReadable(
          service,
          version == ApiVersion.V1ALPHA1
              ? dev.llmisvc.api.v1alpha1.LLMInferenceService.class
              : dev.llmisvc.api.v1alpha2.LLMInferenceService.class);
    } catch (ParseException e) {
      throw new ServiceInputException(e.path(), e.reason());
    }
    // both give a new tree: the input is never changed
    ObjectNode svc =
        Defaulter.applyWebhookDefaults(
            version == ApiVersion.V1ALPHA1 ? Conversion.toV1alpha2(service) : service);
    ObjectNode metadata = (ObjectNode) svc.get("metadata");
    if (metadata.path("namespace").asText("").isEmpty()) {
      metadata.put("namespace", "default");
    }
    names.attach(svc);
    String name = metadata.path("name").asText("");
    String namespace = metadata.path("namespace").asText();
    ConfigLookup lookup = new ConfigLookup(configs, settings.systemNamespace());
    try {
      return combine(svc, version, lookup, name, namespace, asInput);
    } catch (ConfigNotFoundException e) {
      // KServe names the first missing config; the full list is only worth its cost on failure.
      return failed(
          svc,
          version,
          "ConfigNotFound",
          e.getMessage(),
          null,
          missingConfigs(svc, lookup),
          asInput);
    } catch (PostMergeException e) {
      if (e.getCause() instanceof TemplateException t) {
        // KServe's words in the message; where the action sits, and who wrote it, beside them
        String ours = e.getMessage();
        String kserve = t.kserveMessage();
        String detail =
            ours.endsWith(": " + kserve)
                ? ours.substring(0, ours.length() - kserve.length() - 2)
                : ours;
        return failed(svc, version, "CombineBaseError", kserve, detail, List.of(), asInput);
      }
      return failed(svc, version, "CombineBaseError", e.getMessage(), null, List.of(), asInput);
    } catch (ConfigLookupException | MergeException | TemplateException e) {
      return failed(svc, version, "CombineBaseError", e.getMessage(), null, List.of(), asInput);
    }
  }

  private <T> Composition<T> combine(
      ObjectNode svc,
      ApiVersion version,
      ConfigLookup lookup,
      String name,
      String namespace,
      Function<ObjectNode, T> asInput) {
    ObjectNode spec = (ObjectNode) svc.get("spec");

    // Shape pass: configs override the service, only to decide which presets apply.
    List<ConfigDocument> baseRefs = new ArrayList<>();
    ObjectNode shape = spec; // merges never change their layers
    for (JsonNode ref : spec.path("baseRefs")) {
      ConfigDocument doc = lookup.find(namespace, ref.path("name").asText(""));
      baseRefs.add(doc);
      shape =
          merger
              .merge(
                  List.of(
                      new Layer("shape", shape),
                      new Layer(LayerId.of(userRef(doc)).toString(), specOf(doc))),
                  false)
              .ownSpec();
    }
    JsonNode shapeModelName = shape.path("model").get("name");
    if (shapeModelName != null && !shapeModelName.isNull()) {
      ((ObjectNode) spec.get("model")).set("name", shapeModelName.deepCopy());
    }

    List<AppliedConfigRef> applied = new ArrayList<>();
    Map<String, LayerId> layerIds = new HashMap<>();
    List<Layer> layers = new ArrayList<>();
    for (String suffix : PresetSelector.select(shape)) {
      ConfigDocument doc = lookup.find(namespace, names.presetName(svc, suffix));
      AppliedConfigRef a = applied(doc, dev.llmisvc.api.v1alpha2.ConfigSource.PRESET);
      applied.add(a);
      layers.add(layer(LayerId.of(a), specOf(doc), layerIds));
    }
    for (ConfigDocument doc : baseRefs) {
      AppliedConfigRef a = userRef(doc);
      applied.add(a);
      layers.add(layer(LayerId.of(a), specOf(doc), layerIds));
    }
    layers.add(layer(LayerId.service(namespace, name), spec, layerIds));
    Layers resolved = new Layers(layers, layerIds);

    Pipeline run = run(svc, name, resolved, false);
    List<String> warnings = new ArrayList<>(run.warnings());
    ValidationResult dryRun = DryRun.check(svc.get("metadata"), run.effective());
    if (!dryRun.valid() && stopped(svc)) {
      // KServe keeps the raw spec of a stopped service whose rendered config is rejected too,
      // with the API server's error as the warning
      return failed(
          svc,
          version,
          "Stopped",
          DryRun.apiServerError(name, dryRun.errors()),
          null,
          List.of(),
          asInput);
    }
    warnings.addAll(dryRun.warnings());
    return new Composition<>(
        svc,
        version,
        run.effective(),
        applied,
        dryRun.valid()
            ? ComposeCondition.combined()
            : ComposeCondition.failed(
                "InvalidRenderedConfig", DryRun.message(applied, dryRun.errors())),
        () -> originsOf(svc, name, resolved, run.effective()),
        run.merged().diagnostics(),
        warnings,
        List.of(),
        asInput,
        layerSpecs(layers, layerIds));
  }

  /** The layers of one composition, lowest precedence first, and their ids by text. */
  private record Layers(List<Layer> layers, Map<String, LayerId> ids) {}

  /** What the merge and the post-merge steps made: the effective spec and what they found. */
  private record Pipeline(
      ObjectNode effective,
      MergeResult merged,
      Map<String, FieldOrigin> origins,
      List<String> warnings) {}

  /**
   * The merge and the post-merge steps. With {@code track}, every leaf's origin is followed through
   * the steps (a copy before each step, compared after); without it nothing is copied, and {@link
   * Composition#origins()} runs this again with {@code track} only when somebody asks.
   */
  private Pipeline run(ObjectNode svc, String name, Layers resolved, boolean track) {
    List<Layer> layers = resolved.layers();
    MergeResult merged =
        track || !cacheMerges || layers.size() < 2
            ? merger.merge(layers, track)
            : merger.merge(
                plan(layers.subList(0, layers.size() - 1)),
                layers.subList(layers.size() - 1, layers.size()));
    ObjectNode config = svc.objectNode();
    config.set("metadata", svc.get("metadata").deepCopy());
    config.set("spec", merged.ownSpec());
    Map<String, FieldOrigin> origins = new LinkedHashMap<>();
    if (track) {
      merged
          .provenance()
          .entries()
          .forEach(
              (path, layer) -> origins.put(path, FieldOrigin.merged(resolved.ids().get(layer))));
    }
    PostMergeContext context = PostMergeContext.of(svc, settings.systemNamespace(), configs);
    for (PostMergeStep step : PostMergeSteps.inOrder(templates(svc, name))) {
      if (!track) {
        try {
          step.apply(config, context);
        } catch (TemplateException e) {
          // the message names the layer that wrote the failing string: that takes the origins
          run(svc, name, resolved, true);
          throw new PostMergeException(step.name(), e.getMessage(), e);
        }
        continue;
      }
      JsonNode beforeSpec = config.path("spec").deepCopy();
      try {
        step.apply(config, context);
      } catch (TemplateException e) {
        throw new PostMergeException(step.name(), FieldOrigins.withLayer(e, config, origins), e);
      }
      if (beforeSpec.equals(config.path("spec"))) {
        continue; // most steps change nothing; walking the leaves is the expensive part
      }
      // Leaves of the copy: steps edit nodes in place, so the live tree cannot serve as "before".
      Map<String, JsonNode> before = SpecLeaves.of(beforeSpec);
      if (step.name().equals(PostMergeSteps.TEMPLATE_SUBSTITUTION)) {
        FieldOrigins.attributeTemplated(before, beforeSpec, config.path("spec"), origins);
      } else {
        FieldOrigins.attribute(step.name(), before, SpecLeaves.of(config.path("spec")), origins);
      }
    }
    return new Pipeline(
        (ObjectNode) config.get("spec"), merged, origins, context.findings().warnings());
  }

  /**
   * The configs' layers folded once per combination and kept: the presets and baseRefs of a fleet
   * come in few combinations, and only the service's own layer differs. Keyed by content (layer ids
   * and specs), so a config that changed is a new key; the cache is emptied when it grows past
   * {@link #PLAN_LIMIT}.
   */
  private SpecMerger.Prefix plan(List<Layer> configLayers) {
    PlanKey key = new PlanKey(configLayers);
    SpecMerger.Prefix plan = plans.get(key);
    if (plan == null) {
      plan = merger.prefix(configLayers);
      if (plans.size() >= PLAN_LIMIT) {
        plans.clear();
      }
      plans.put(key, plan);
    }
    return plan;
  }

  /** Most config combinations kept; a fleet has a handful. */
  private static final int PLAN_LIMIT = 512;

  /**
   * The content of a list of config layers. Sources that hold their documents hand out the same
   * spec each time, so equality is usually identity; otherwise the specs are compared whole.
   */
  static final class PlanKey {
    private final List<String> ids;
    private final List<ObjectNode> specs;
    private final int hash;

    PlanKey(List<Layer> layers) {
      this.ids = layers.stream().map(Layer::id).toList();
      this.specs = layers.stream().map(Layer::spec).toList();
      this.hash = ids.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof PlanKey other) || !ids.equals(other.ids)) {
        return false;
      }
      for (int i = 0; i < specs.size(); i++) {
        ObjectNode a = specs.get(i);
        ObjectNode b = other.specs.get(i);
        if (a != b && !a.equals(b)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The origins of {@code effective}'s leaves, by running the merge and the post-merge steps again
   * over the same layers with tracking on.
   *
   * @throws ConfigSourceException when the second run gives another spec: the config source
   *     answered differently (a scheduler ConfigMap changed in between)
   */
  private Map<String, FieldOrigin> originsOf(
      ObjectNode svc, String name, Layers resolved, ObjectNode effective) {
    Pipeline tracked = run(svc, name, resolved, true);
    if (!tracked.effective().equals(effective)) {
      throw new ConfigSourceException(
          "the config source changed between composing "
              + name
              + " and reading its origins; compose it again");
    }
    return tracked.origins();
  }

  private static List<Composition.LayerSpec> layerSpecs(
      List<Layer> layers, Map<String, LayerId> ids) {
    List<Composition.LayerSpec> out = new ArrayList<>();
    for (Layer l : layers) {
      out.add(new Composition.LayerSpec(ids.get(l.id()), l.spec()));
    }
    return out;
  }

  private static Layer layer(LayerId id, ObjectNode spec, Map<String, LayerId> ids) {
    String text = id.toString();
    ids.put(text, id);
    return new Layer(text, spec);
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
        ObjectNode rendered = ConfigTemplate.render(name, config, svc, settings);
        config.removeAll();
        config.setAll(rendered);
      }
    };
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
            merger
                .merge(List.of(new Layer("shape", shape), new Layer("ref", specOf(doc))), false)
                .spec();
      } catch (ConfigNotFoundException e) {
        missing.add(ref1);
        shapeKnown = false;
      } catch (ConfigLookupException | MergeException e) {
        // the composition reports this failure itself; the shape is then unknown
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
        } catch (ConfigLookupException e) {
          // another kind of failure is reported by the composition itself
        }
      }
    }
    return missing;
  }

  private static boolean stopped(ObjectNode svc) {
    return svc.path("metadata")
        .path("annotations")
        .path(STOP_ANNOTATION)
        .asText("")
        .equalsIgnoreCase("true");
  }

  private static <T> Composition<T> failed(
      ObjectNode svc,
      ApiVersion version,
      String reason,
      String message,
      String detail,
      List<String> missing,
      Function<ObjectNode, T> asInput) {
    if (stopped(svc)) {
      // KServe keeps the raw spec of a stopped service and reports the failure as a warning.
      return new Composition<>(
          svc,
          version,
          (ObjectNode) svc.get("spec").deepCopy(),
          List.of(),
          ComposeCondition.failed("Stopped", "Service is stopped with warning: " + message, detail),
          Map::of,
          List.of(),
          List.of("Service is stopped with warning: " + message),
          missing,
          asInput,
          List.of());
    }
    return new Composition<>(
        svc,
        version,
        null,
        List.of(),
        ComposeCondition.failed(reason, message, detail),
        Map::of,
        List.of(),
        List.of(),
        missing,
        asInput,
        List.of());
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

  private static AppliedConfigRef userRef(ConfigDocument doc) {
    return applied(doc, dev.llmisvc.api.v1alpha2.ConfigSource.USER_REF);
  }

  private static AppliedConfigRef applied(
      ConfigDocument doc, dev.llmisvc.api.v1alpha2.ConfigSource source) {
    return AppliedConfigRef.builder()
        .name(doc.name())
        .namespace(doc.namespace())
        .source(source)
        .build();
  }

  /** Builds a {@link Composer}. */
  public static final class Builder {
    private ConfigSource userConfigs = ConfigSource.empty();
    private boolean builtinPresets = true;
    private ControllerSettings settings = ControllerSettings.defaults();
    private boolean cacheMerges = true;

    private Builder() {}

    /**
     * Whether the composer keeps the merge of each combination of configs it meets (default yes).
     * The result is the same either way; without, every composition merges every layer, which costs
     * several times more over a fleet but keeps nothing between calls.
     *
     * @param enabled whether to keep merges
     * @return this builder
     */
    public Builder cacheMerges(boolean enabled) {
      this.cacheMerges = enabled;
      return this;
    }

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

    /**
     * The controller settings (default: KServe's).
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder settings(ControllerSettings settings) {
      this.settings = Objects.requireNonNull(settings);
      return this;
    }

    /**
     * Builds the composer.
     *
     * @return a composer over the configured sources
     */
    public Composer build() {
      ConfigSource source =
          builtinPresets
              // the catalog keeps KServe's fixed kserve-* names whatever the prefix: stock KServe
              // installs its presets under those names, so another prefix finds only the configs
              // the user installed under it, and a service pinned to kserve-* names still resolves
              ? CatalogConfigSource.userThenBuiltin(
                  userConfigs, PresetCatalog.builtin(settings.systemNamespace()))
              : userConfigs;
      return new Composer(source, settings, cacheMerges);
    }
  }
}
