package dev.llmisvc.api.fabric8;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.common.ServingObject;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * The fabric8 client's view of a {@link ServingObject}: a thin mutable bean that carries {@code
 * spec} and {@code status} as JSON trees.
 *
 * <p>Why a separate class: fabric8's typed API ({@code client.resources(type)}) creates resources
 * with a no-arg constructor and fills them through setters using its own Jackson mapper, while the
 * models are immutable and read by {@link LlmisvcMapper}, which checks fields and keeps presence
 * markers. Keeping the two apart means an immutable value never has setters, and every conversion
 * goes through the one mapper: a subclass's static {@code from(value)} on the way to the server,
 * {@link #toValue()} on the way back.
 *
 * <p>Each kind and version has its own public subclass, because fabric8 reads {@code @Group},
 * {@code @Version}, {@code @Kind} and {@code @Plural} from the concrete class; the subclass also
 * has the public no-arg constructor fabric8 calls and is registered for fabric8's deserializer in
 * {@code META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource}. Spec and status
 * stay JSON trees here, so the adapter needs no types but the value's.
 *
 * <pre>{@code
 * client.resources(LLMInferenceServiceResource.class).inNamespace("llm")
 *     .resource(LLMInferenceServiceResource.from(value)).create();
 * LLMInferenceService back = client.resources(LLMInferenceServiceResource.class).inNamespace("llm")
 *     .withName("qwen").get().toValue();
 * }</pre>
 *
 * @param <V> the immutable value this resource converts to and from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@JsonDeserialize(using = JsonDeserializer.None.class) // plain bean binding, as fabric8 models do
public abstract class ResourceAdapter<V extends ServingObject<?, ?>>
    implements HasMetadata, Namespaced {
  private static final long serialVersionUID = 1L;

  // No getter, so neither mapper sees it: it is not part of the document.
  private final Class<V> valueType;
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata = new ObjectMeta();
  private JsonNode spec;
  private JsonNode status;

  /**
   * Creates an empty resource of one kind and version.
   *
   * @param valueType the immutable value {@link #toValue()} reads
   * @param apiVersion the initial {@code apiVersion}
   * @param kind the initial {@code kind}
   */
  protected ResourceAdapter(Class<V> valueType, String apiVersion, String kind) {
    this.valueType = valueType;
    this.apiVersion = apiVersion;
    this.kind = kind;
  }

  /**
   * Fills a new resource from an immutable value; each subclass's static {@code from} calls it.
   *
   * @param resource an empty resource
   * @param value the value
   * @param <R> the resource type
   * @param <V> the value type
   * @return {@code resource}, now holding copies of the value's parts
   */
  protected static <R extends ResourceAdapter<V>, V extends ServingObject<?, ?>> R fill(
      R resource, V value) {
    ObjectNode tree = (ObjectNode) LlmisvcMapper.toTree(value);
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
  public V toValue() {
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
    return LlmisvcMapper.fromTree(tree, valueType);
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
