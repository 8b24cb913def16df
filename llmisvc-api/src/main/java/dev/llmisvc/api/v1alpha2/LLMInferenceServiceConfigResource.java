package dev.llmisvc.api.v1alpha2;

import dev.llmisvc.api.fabric8.ResourceAdapter;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The fabric8 client's view of a {@link LLMInferenceServiceConfig}: {@code spec} and {@code status}
 * as JSON trees, converted through the one mapper (see {@link ResourceAdapter} for why it is a
 * separate class).
 *
 * <pre>{@code
 * client.resources(LLMInferenceServiceConfigResource.class).inNamespace("llm")
 *     .resource(LLMInferenceServiceConfigResource.from(value)).create();
 * LLMInferenceServiceConfig back = client.resources(LLMInferenceServiceConfigResource.class).inNamespace("llm")
 *     .withName("qwen").get().toValue();
 * }</pre>
 */
@Group(LLMInferenceServiceConfig.GROUP)
@Version(LLMInferenceServiceConfig.VERSION)
@Kind(LLMInferenceServiceConfig.KIND)
@Plural(LLMInferenceServiceConfig.PLURAL)
public class LLMInferenceServiceConfigResource extends ResourceAdapter<LLMInferenceServiceConfig> {
  private static final long serialVersionUID = 1L;

  /** Creates an empty resource (used by fabric8). */
  public LLMInferenceServiceConfigResource() {
    super(
        LLMInferenceServiceConfig.class,
        LLMInferenceServiceConfig.API_VERSION,
        LLMInferenceServiceConfig.KIND);
  }

  /**
   * Converts an immutable value for the client.
   *
   * @param value the value
   * @return a new resource holding copies of its parts
   */
  public static LLMInferenceServiceConfigResource from(LLMInferenceServiceConfig value) {
    return fill(new LLMInferenceServiceConfigResource(), value);
  }
}
