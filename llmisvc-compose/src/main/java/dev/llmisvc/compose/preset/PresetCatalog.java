package dev.llmisvc.compose.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The well-known presets KServe installs in its system namespace, shipped with this library as
 * classpath resources, one folder per KServe version ({@code dev/llmisvc/compose/preset/<id>/}),
 * indexed by {@code catalog.yaml}.
 *
 * <p>The default catalog, {@code kserve-aaac4e2}, matches KServe main at commit aaac4e2
 * (2026-08-21, v0.20.0 and later): the eleven presets of {@code config/llmisvcconfig}, with the
 * same images, ports, probes, template expressions and behaviour, written as our own files.
 *
 * <pre>{@code
 * PresetCatalog catalog = PresetCatalog.builtin("kserve");
 * catalog.names();   // [kserve-config-llm-template, ...]
 * ObjectNode preset = catalog.preset("kserve-config-llm-template").orElseThrow();
 * // preset.metadata.namespace == "kserve"
 * }</pre>
 *
 * <p>Presets are returned as fresh deep copies; the catalog itself never changes.
 */
public final class PresetCatalog {
  /** Resource folder holding {@code catalog.yaml} and one folder per catalog. */
  public static final String RESOURCE_ROOT = "dev/llmisvc/compose/preset/";

  /** Prefix of the object names in the resources (KServe's default). */
  public static final String RESOURCE_PREFIX = "kserve-";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String id;
  private final Optional<String> kserveVersion;
  private final String systemNamespace;
  private final String prefix;
  private final Presets presets;

  private PresetCatalog(
      String id,
      Optional<String> kserveVersion,
      String systemNamespace,
      String prefix,
      Presets presets) {
    this.id = id;
    this.kserveVersion = kserveVersion;
    this.systemNamespace = systemNamespace;
    this.prefix = prefix;
    this.presets = presets;
  }

  /** The default catalog in the {@code kserve} system namespace. */
  public static PresetCatalog builtin() {
    return builtin("kserve");
  }

  /** The default catalog, its presets placed in {@code systemNamespace}. */
  public static PresetCatalog builtin(String systemNamespace) {
    return load(defaultId(), systemNamespace);
  }

  /** No presets at all, for {@code --no-builtin-presets}. */
  public static PresetCatalog none() {
    return new PresetCatalog(
        "none", Optional.empty(), "kserve", RESOURCE_PREFIX, new Presets("none", List.of()));
  }

  /** The ids of the catalogs shipped, as listed in {@code catalog.yaml}. */
  public static List<String> available() {
    List<String> ids = new ArrayList<>();
    for (JsonNode entry : index().path("catalogs")) {
      ids.add(entry.path("id").asText());
    }
    return List.copyOf(ids);
  }

  /** The id of the catalog used by {@link #builtin()}. */
  public static String defaultId() {
    return index().path("default").asText();
  }

  /**
   * Loads one shipped catalog.
   *
   * @param id a catalog id from {@link #available()}, e.g. {@code kserve-aaac4e2}
   * @param systemNamespace the namespace the presets are placed in
   * @throws IllegalArgumentException for an unknown id
   * @throws IllegalStateException when the index is inconsistent (a packaging bug); a preset whose
   *     resource is not that preset fails when first read, from {@link #preset}
   */
  public static PresetCatalog load(String id, String systemNamespace) {
    JsonNode entry = null;
    for (JsonNode candidate : index().path("catalogs")) {
      if (candidate.path("id").asText().equals(id)) {
        entry = candidate;
      }
    }
    if (entry == null) {
      throw new IllegalArgumentException(
          "no built-in preset catalog \"" + id + "\"; available: " + available());
    }
    List<String> suffixes = new ArrayList<>();
    for (JsonNode suffixNode : entry.path("presets")) {
      suffixes.add(suffixNode.asText());
    }
    return new PresetCatalog(
        id,
        Optional.of(entry.path("kserve").asText()).filter(s -> !s.isEmpty()),
        systemNamespace,
        RESOURCE_PREFIX,
        new Presets(id, suffixes));
  }

  /** The same presets placed in another system namespace. */
  public PresetCatalog inSystemNamespace(String namespace) {
    return new PresetCatalog(id, kserveVersion, namespace, prefix, presets);
  }

  /**
   * The same presets named with another prefix ({@code --config-prefix}): {@code
   * kserve-config-llm-template} becomes {@code <prefix>config-llm-template}, as an administrator
   * would install them for {@code LLM_INFERENCE_SERVICE_CONFIG_PREFIX=<prefix>}.
   */
  public PresetCatalog withPrefix(String newPrefix) {
    return new PresetCatalog(id, kserveVersion, systemNamespace, newPrefix, presets);
  }

  /** The catalog id, e.g. {@code kserve-aaac4e2}; {@code none} for {@link #none()}. */
  public String id() {
    return id;
  }

  /** The KServe version the catalog matches, e.g. {@code main@aaac4e2 (2026-08-21), v0.20.0+}. */
  public Optional<String> kserveVersion() {
    return kserveVersion;
  }

  /** The namespace the presets are placed in. */
  public String systemNamespace() {
    return systemNamespace;
  }

  /** The prefix of the preset names. */
  public String prefix() {
    return prefix;
  }

  /** Origin recorded for presets from this catalog, e.g. {@code builtin:kserve-aaac4e2}. */
  public String origin() {
    return "builtin:" + id;
  }

  /** Whether the catalog has no presets. */
  public boolean isEmpty() {
    return presets.suffixes.isEmpty();
  }

  /** The object names of the presets, in catalog order. */
  public List<String> names() {
    return presets.suffixes.stream().map(suffix -> prefix + suffix).toList();
  }

  /**
   * The preset named {@code name} as a fresh copy, {@code metadata.namespace} set to the system
   * namespace; empty when the catalog has no such preset.
   */
  public Optional<ObjectNode> preset(String name) {
    if (!name.startsWith(prefix)) {
      return Optional.empty();
    }
    return presets
        .find(name.substring(prefix.length()))
        .map(
            stored -> {
              ObjectNode copy = stored.deepCopy();
              ObjectNode metadata = copy.withObjectProperty("metadata");
              metadata.put("name", name);
              metadata.put("namespace", systemNamespace);
              return copy;
            });
  }

  /**
   * The preset named {@code name} as a typed config, placed as {@link #preset} places it; empty
   * when the catalog has no such preset. The start for an upgraded or team-edited preset:
   *
   * <pre>{@code
   * LLMInferenceServiceConfig template =
   *     PresetCatalog.builtin().config("kserve-config-llm-template").orElseThrow();
   * }</pre>
   *
   * @param name the preset's full name, prefix included
   * @return the config
   */
  public Optional<LLMInferenceServiceConfig> config(String name) {
    return preset(name).map(tree -> LlmisvcMapper.fromTree(tree, LLMInferenceServiceConfig.class));
  }

  private static JsonNode index() {
    return Index.TREE;
  }

  /** {@code catalog.yaml}, read once; never changed after. */
  private static final class Index {
    static final JsonNode TREE = read(RESOURCE_ROOT + "catalog.yaml");

    private Index() {}
  }

  /**
   * One catalog's presets, each read from its resource when first asked for and kept (a compose
   * uses three or four of the eleven; reading all eleven took about a tenth of a cold command).
   * Shared by the copies {@link #inSystemNamespace} and {@link #withPrefix} make; thread-safe.
   */
  private static final class Presets {
    private final String id;
    private final List<String> suffixes;
    // suffix -> preset object as stored (name with RESOURCE_PREFIX, no namespace); never changed
    private final Map<String, ObjectNode> read = new ConcurrentHashMap<>();

    Presets(String id, List<String> suffixes) {
      this.id = id;
      this.suffixes = List.copyOf(suffixes);
    }

    /**
     * The preset as stored, read on first use; empty when the catalog lists no such suffix. A
     * resource that is not the preset it is listed as is a bug here.
     */
    Optional<ObjectNode> find(String suffix) {
      return suffixes.contains(suffix)
          ? Optional.of(read.computeIfAbsent(suffix, this::load))
          : Optional.empty();
    }

    private ObjectNode load(String suffix) {
      String resource = RESOURCE_ROOT + id + "/" + suffix + ".yaml";
      JsonNode preset = read(resource);
      String name = preset.path("metadata").path("name").asText();
      if (!preset.isObject()
          || !"LLMInferenceServiceConfig".equals(preset.path("kind").asText())
          || !name.equals(RESOURCE_PREFIX + suffix)) {
        throw new IllegalStateException(
            resource + ": expected LLMInferenceServiceConfig " + RESOURCE_PREFIX + suffix);
      }
      return (ObjectNode) preset;
    }
  }

  private static JsonNode read(String resource) {
    try (InputStream in = PresetCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + resource);
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in resource " + resource, e);
    }
  }

  @Override
  public String toString() {
    return "PresetCatalog["
        + id
        + ", "
        + presets.suffixes.size()
        + " presets in "
        + systemNamespace
        + "]";
  }
}
