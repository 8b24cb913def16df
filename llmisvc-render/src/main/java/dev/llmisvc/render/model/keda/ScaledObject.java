package dev.llmisvc.render.model.keda;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A KEDA ScaledObject: scales a Deployment or LeaderWorkerSet from event-source triggers. Works
 * with {@code client.resources(ScaledObject.class)}.
 *
 * <pre>{@code
 * ScaledObject so = new ScaledObject();
 * so.getMetadata().setName("llama-kserve-keda");
 * so.setSpec(new ScaledObjectSpec(target, null, null, null, null, 1, 4, null, null, triggers));
 * }</pre>
 */
@Group(ScaledObject.GROUP)
@Version(ScaledObject.VERSION)
@Kind("ScaledObject")
@Plural("scaledobjects")
@Singular("scaledobject")
public class ScaledObject extends CustomResource<ScaledObjectSpec, ScaledObjectStatus>
    implements Namespaced {
  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "keda.sh";

  /** The API version. */
  public static final String VERSION = "v1alpha1";

  /** {@code apiVersion}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  /** Creates an empty ScaledObject with empty metadata. */
  public ScaledObject() {
    super();
  }

  @Override
  protected ScaledObjectSpec initSpec() {
    return null;
  }

  @Override
  protected ScaledObjectStatus initStatus() {
    return null;
  }
}
