package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The fabric8 client's view of a {@link LLMInferenceService}: a thin mutable bean that carries
 * {@code spec} and {@code status} as JSON trees.
 *
 * <p>Why a separate class: fabric8's typed API ({@code
 * client.resources(LLMInferenceServiceResource.class)}) creates resources with a no-arg constructor
 * and fills them through setters using its own Jackson mapper, while {@link LLMInferenceService} is
 * immutable and read by {@link LlmisvcMapper}, which checks fields and keeps presence markers.
 * Keeping the two apart means the immutable value never has setters, and every conversion goes
 * through the one mapper: {@link #from(LLMInferenceService)} on the way to the server, {@link
 * #toValue()} on the way back. The class is registered for fabric8's deserializer through {@code
 * META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource}.
 *
 * <pre>{@code
 * client.resources(LLMInferenceServiceResource.class).inNamespace("llm")
 *     .resource(LLMInferenceServiceResource.from(value)).create();
 * LLMInferenceService back = client.resources(LLMInferenceServiceResource.class).inNamespace("llm")
 *     .withName("qwen").get().toValue();
 * }</pre>
 */
@Group(LLMInferenceService.GROUP)
@Version(LLMInferenceService.VERSION)
@Kind(LLMInferenceService.KIND)
@Plural(LLMInferenceService.PLURAL)
@ShortNames("llmisvc")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@JsonDeserialize(using = JsonDeserializer.None.class) // plain bean binding, as fabric8 models do
public class LLMInferenceServiceResource implements HasMetadata, Namespaced {
  private static final long serialVersionUID = 1L;

  private String apiVersion = LLMInferenceService.API_VERSION;
  private String kind = LLMInferenceService.KIND;
  private ObjectMeta metadata = new ObjectMeta();
  private JsonNode spec;
  private JsonNode status;

  /** Creates an empty resource (used by fabric8). */
  public LLMInferenceServiceResource() {}

  /**
   * Converts an immutable value for the client.
   *
   * @param value the value
   * @return a new resource holding copies of its parts
   */
  public static LLMInferenceServiceResource from(LLMInferenceService value) {
    ObjectNode tree = (ObjectNode) LlmisvcMapper.toTree(value);
    LLMInferenceServiceResource resource = new LLMInferenceServiceResource();
    resource.setMetadata(value.metadata().get());
    resource.setSpec(tree.get("spec"));
    resource.setStatus(tree.get("status"));
    return resource;
  }

  /**
   * Converts back to the immutable value, with the same checks as reading YAML.
   *
   * @return the value
   * @throws dev.llmisvc.api.ParseException when the content does not fit the model
   */
  public LLMInferenceService toValue() {
    ObjectNode tree = LlmisvcMapper.json().createObjectNode();
    tree.put("apiVersion", apiVersion);
    tree.put("kind", kind);
    tree.set("metadata", LlmisvcMapper.toTree(metadata));
    if (spec != null) {
      tree.set("spec", spec);
    }
    if (status != null) {
      tree.set("status", status);
    }
    return LlmisvcMapper.fromTree(tree, LLMInferenceService.class);
  }

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  /**
   * Sets the kind (used by fabric8).
   *
   * @param kind the kind
   */
  public void setKind(String kind) {
    this.kind = kind;
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  /**
   * The spec as a JSON tree.
   *
   * @return the spec, or null when absent (fabric8 bean convention)
   */
  public JsonNode getSpec() {
    return spec;
  }

  /**
   * Sets the spec tree.
   *
   * @param spec the spec
   */
  public void setSpec(JsonNode spec) {
    this.spec = spec;
  }

  /**
   * The status as a JSON tree.
   *
   * @return the status, or null when absent (fabric8 bean convention)
   */
  public JsonNode getStatus() {
    return status;
  }

  /**
   * Sets the status tree.
   *
   * @param status the status
   */
  public void setStatus(JsonNode status) {
    this.status = status;
  }
}
