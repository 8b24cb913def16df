package dev.llmisvc.render.model.gie.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An InferencePool ({@code inference.networking.k8s.io/v1}): the set of model-server pods a Gateway
 * routes to through an endpoint picker.
 *
 * <pre>{@code
 * InferencePool pool = new InferencePool();
 * pool.setMetadata(meta);
 * pool.setSpec(spec);
 * client.resources(InferencePool.class).resource(pool).serverSideApply();
 * }</pre>
 */
@Group(InferencePool.GROUP)
@Version(InferencePool.VERSION)
@Kind("InferencePool")
@Plural("inferencepools")
@Singular("inferencepool")
public class InferencePool extends CustomResource<InferencePoolSpec, InferencePoolStatus>
    implements Namespaced {
  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "inference.networking.k8s.io";

  /** The version. */
  public static final String VERSION = "v1";

  /** {@code apiVersion} as written in documents. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  /** An empty pool; spec and status are absent until set. */
  public InferencePool() {
    super();
  }

  @Override
  protected InferencePoolSpec initSpec() {
    return null;
  }

  @Override
  protected InferencePoolStatus initStatus() {
    return null;
  }
}
