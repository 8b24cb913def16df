package dev.llmisvc.api.v1alpha1;

import dev.llmisvc.api.fabric8.ResourceAdapter;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The fabric8 client's view of a {@link LLMInferenceService}: {@code spec} and {@code status} as
 * JSON trees, converted through the one mapper (see {@link ResourceAdapter} for why it is a
 * separate class).
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
public class LLMInferenceServiceResource extends ResourceAdapter<LLMInferenceService> {
  private static final long serialVersionUID = 1L;

  /** Creates an empty resource (used by fabric8). */
  public LLMInferenceServiceResource() {
    super(LLMInferenceService.class, LLMInferenceService.API_VERSION, LLMInferenceService.KIND);
  }

  /**
   * Converts an immutable value for the client.
   *
   * @param value the value
   * @return a new resource holding copies of its parts
   */
  public static LLMInferenceServiceResource from(LLMInferenceService value) {
    return fill(new LLMInferenceServiceResource(), value);
  }
}
