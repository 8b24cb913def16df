package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.common.ServingObject;
import dev.llmisvc.api.convert.ApiVersion;
import dev.llmisvc.api.convert.Conversion;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@code LLMInferenceService} or {@code LLMInferenceServiceConfig} resource trees the way
 * the API server and KServe's webhooks would, picking the version from {@code apiVersion}.
 *
 * <pre>{@code
 * ValidationResult r = LlmisvcValidator.forService().validateCreate(tree);
 * if (!r.valid()) {
 *   System.err.println(ApiServerMessage.format("LLMInferenceService", name, r.errors()));
 * }
 * }</pre>
 *
 * <p>A CREATE or UPDATE goes through the API server's stages on a view of the tree: CRD structural
 * defaults; for services KServe's mutating defaults ({@link Defaulter}) plus {@code model.uri: ""},
 * which the Go round trip of the mutating webhook always writes; then the CRD schema and CEL rules,
 * all errors at once; and only when those pass, the validating webhook, which returns its own
 * errors and warnings. Because the CRD defaults {@code scaling.minReplicas} to 1, the "minReplicas
 * is required when idleReplicaCount is set" rules cannot fire through this path, as on a real
 * cluster.
 *
 * <p>The tree passed in is never changed. The defaults are applied copy-on-write (only objects on
 * the way to a defaulted field are copied, shallowly; the rest is validated where it is), and the
 * CRD schema is compiled once per process and shared, so a validator is cheap to create and safe to
 * use from several threads at once.
 */
public final class LlmisvcValidator {
  private final boolean config;
  private final ConfigTemplateCheck templateCheck;
  private final WebhookEnvironment environment;
  private final CrdSchema crd;

  private LlmisvcValidator(
      boolean config, ConfigTemplateCheck templateCheck, WebhookEnvironment environment) {
    this.crd = CrdSchema.of(config);
    this.config = config;
    this.templateCheck = templateCheck;
    this.environment = environment;
  }

  /** A validator for {@code LLMInferenceService}. */
  public static LlmisvcValidator forService() {
    return new LlmisvcValidator(false, ConfigTemplateCheck.NONE, WebhookEnvironment.defaults());
  }

  /** A validator for {@code LLMInferenceServiceConfig}, without the template-render check. */
  public static LlmisvcValidator forConfig() {
    return forConfig(ConfigTemplateCheck.NONE);
  }

  /** A validator for {@code LLMInferenceServiceConfig} with KServe's template-render check. */
  public static LlmisvcValidator forConfig(ConfigTemplateCheck templateCheck) {
    return new LlmisvcValidator(true, templateCheck, WebhookEnvironment.defaults());
  }

  /**
   * Starts compiling the CRDs' CEL rules on a background daemon thread and returns at once. The
   * first validation in a JVM otherwise pays for setting CEL up (about half a second on a cold
   * JVM); a short-lived process that validates or composes one service calls this first, so the
   * work overlaps its reading and composing. Optional, idempotent, and harmless to call from any
   * thread.
   */
  public static void warmUp() {
    if (WARMING.compareAndSet(false, true)) {
      Thread t = new Thread(CelRules::compileAll, "llmisvc-cel-warm-up");
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      t.start();
    }
  }

  /**
   * The deepest nesting validated, as {@code Composer.MAX_DEPTH}: real specs nest about 12 levels.
   */
  public static final int MAX_DEPTH = 500;

  private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * The validator for a resource's {@code kind}: {@code LLMInferenceService} or {@code
   * LLMInferenceServiceConfig}; empty for any other kind.
   */
  public static Optional<LlmisvcValidator> forKind(String kind) {
    return switch (kind) {
      case "LLMInferenceService" -> Optional.of(forService());
      case "LLMInferenceServiceConfig" -> Optional.of(forConfig());
      default -> Optional.empty();
    };
  }

  /**
   * The verdict on creating a typed resource: an {@code LLMInferenceService} or {@code
   * LLMInferenceServiceConfig} of either version, checked as the API server and KServe's webhooks
   * would check it.
   *
   * <pre>{@code
   * ValidationResult r = LlmisvcValidator.validate(service);
   * r.errors().forEach(v -> System.err.println(v.render())); // spec.replicas: Invalid value: ...
   * }</pre>
   *
   * @param resource the resource
   * @return every error at once, and the webhook's warnings
   */
  public static ValidationResult validate(ServingObject<?, ?> resource) {
    JsonNode tree = LlmisvcMapper.toTree(resource);
    return forKind(resource.kind())
        .orElseThrow(() -> new IllegalArgumentException("not a KServe kind: " + resource.kind()))
        .validateCreate(tree);
  }

  /**
   * The verdict on creating a typed resource with this validator (its environment and template
   * check).
   *
   * @param resource an {@code LLMInferenceService} or {@code LLMInferenceServiceConfig} of this
   *     validator's kind
   * @return every error at once, and the webhook's warnings
   * @throws IllegalArgumentException when the resource is not of this validator's kind
   */
  public ValidationResult validateCreate(ServingObject<?, ?> resource) {
    return validateCreate(LlmisvcMapper.toTree(resource));
  }

  /**
   * The verdict on replacing a typed resource.
   *
   * @param oldResource the stored resource
   * @param newResource its replacement
   * @return every error at once, and the webhook's warnings
   */
  public ValidationResult validateUpdate(
      ServingObject<?, ?> oldResource, ServingObject<?, ?> newResource) {
    return validateUpdate(LlmisvcMapper.toTree(oldResource), LlmisvcMapper.toTree(newResource));
  }

  /**
   * The checks a spec fragment gets before it is merged (a layer of {@code llmisvc merge}, a
   * config's spec on its own): unknown fields, wrong JSON types and unknown enum values, with the
   * config CRD's relaxations (a fragment may hold Go templates where the service CRD wants a
   * pattern). Required fields and cross-field rules are not checked: a fragment need not be whole,
   * only the merged result does.
   *
   * @param spec a v1alpha2 spec fragment
   * @return the problems, with paths below {@code spec}
   */
  public static List<Violation> validateSpecFragment(JsonNode spec) {
    com.fasterxml.jackson.databind.node.ObjectNode config =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    config.put("apiVersion", "serving.kserve.io/v1alpha2");
    config.put("kind", "LLMInferenceServiceConfig");
    config.putObject("metadata").put("name", "fragment");
    config.set("spec", spec);
    return forConfig().validateSchema(config).stream()
        .filter(v -> FRAGMENT_PROBLEMS.contains(v.type()))
        .toList();
  }

  private static final java.util.Set<Violation.Type> FRAGMENT_PROBLEMS =
      java.util.Set.of(
          Violation.Type.UNKNOWN_FIELD, Violation.Type.TYPE_INVALID, Violation.Type.NOT_SUPPORTED);

  /** The same validator reading another controller environment (config prefix, namespace). */
  public LlmisvcValidator withEnvironment(WebhookEnvironment environment) {
    return new LlmisvcValidator(config, templateCheck, environment);
  }

  /** The verdict on creating {@code resource}. */
  public ValidationResult validateCreate(JsonNode resource) {
    return validate(resource, Optional.empty());
  }

  /** The verdict on replacing {@code oldResource} with {@code newResource}. */
  public ValidationResult validateUpdate(JsonNode oldResource, JsonNode newResource) {
    return validate(newResource, Optional.of(oldResource));
  }

  /**
   * The verdict on deleting a resource: always accepted for services; for a config, KServe's
   * protection of well-known configs in the KServe namespace.
   */
  public ValidationResult validateDelete(JsonNode resource, WebhookEnvironment env) {
    checkKind(resource);
    return config ? ConfigWebhook.validateDelete(resource, env) : ValidationResult.ok();
  }

  /**
   * The CRD stage alone (structural defaults, schema and CEL rules), without the webhooks.
   *
   * @throws IllegalArgumentException when the tree is not of this validator's kind or versions
   */
  public List<Violation> validateSchema(JsonNode resource) {
    ApiVersion version = checkKind(resource);
    List<Violation> meta = ObjectMetaRules.validate(resource);
    return meta.isEmpty() ? schemaErrors(prepare(resource), version, new ArrayList<>()) : meta;
  }

  private ValidationResult validate(JsonNode resource, Optional<JsonNode> old) {
    ApiVersion version = checkKind(resource);
    Optional<String> deep = dev.llmisvc.api.common.TreeDepth.beyond(resource, MAX_DEPTH);
    if (deep.isPresent()) {
      // copying (configs, v1alpha1) recurses per level: refuse first, as the composer does
      return new ValidationResult(
          List.of(
              Violation.error(
                  deep.get() + ": nests deeper than " + MAX_DEPTH + " levels, which is refused")),
          List.of());
    }
    List<Violation> meta = ObjectMetaRules.validate(resource);
    if (!meta.isEmpty()) {
      return new ValidationResult(meta, List.of());
    }
    ObjectNode tree = prepare(resource);
    // the webhook sees the stored object, already defaulted, in the version of the request
    Optional<JsonNode> storedOld =
        old.map(
            o -> {
              checkKind(o);
              return prepare(Conversion.convert((ObjectNode) o, version));
            });
    List<String> doubts = new ArrayList<>();
    List<Violation> schema = schemaErrors(tree, version, doubts);
    if (!schema.isEmpty()) {
      return new ValidationResult(schema, doubts);
    }
    ValidationResult webhook =
        config
            ? ConfigWebhook.validate(tree, storedOld, environment, templateCheck)
            : ServiceWebhook.validate(version, tree, storedOld);
    if (doubts.isEmpty()) {
      return webhook;
    }
    doubts.addAll(webhook.warnings());
    return new ValidationResult(webhook.errors(), doubts);
  }

  /**
   * The resource as the later stages see it, defaulted. For a service, a read-only view sharing
   * every unchanged subtree with {@code resource}; for a config, a private copy, because the
   * template check plugged into the config webhook receives it.
   */
  private ObjectNode prepare(JsonNode resource) {
    ApiVersion version = ApiVersion.of(resource);
    CopyOnWrite tree =
        new CopyOnWrite(config ? ((ObjectNode) resource).deepCopy() : (ObjectNode) resource);
    crd.applyDefaults(tree, version.versionName());
    if (!config) {
      Defaulter.applyWebhookDefaults(tree);
      if (tree.root().get("spec") instanceof ObjectNode spec
          && spec.get("model") instanceof ObjectNode model
          && Tree.at(model, "uri").isMissingNode()) {
        // apis.URL is not omitempty: Go always writes it
        tree.writable("spec", "model").put("uri", "");
      }
    }
    return tree.root();
  }

  private List<Violation> schemaErrors(ObjectNode tree, ApiVersion version, List<String> doubts) {
    return crd.validate(tree, version.versionName());
  }

  private ApiVersion checkKind(JsonNode resource) {
    if (!(resource instanceof ObjectNode)) {
      throw new IllegalArgumentException("a resource must be a JSON object");
    }
    String expected = config ? "LLMInferenceServiceConfig" : "LLMInferenceService";
    String kind = Tree.text(resource, "kind");
    if (!kind.equals(expected)) {
      throw new IllegalArgumentException(
          "expected kind " + expected + " but got " + (kind.isEmpty() ? "(missing)" : kind));
    }
    return ApiVersion.of(resource);
  }
}
