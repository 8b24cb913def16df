package dev.llmisvc.render.model.lws;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A LeaderWorkerSet: groups of one leader pod and {@code size - 1} worker pods, created and rolled
 * as units. Works with {@code client.resources(LeaderWorkerSet.class)}.
 *
 * <pre>{@code
 * LeaderWorkerSet lws = new LeaderWorkerSet();
 * lws.getMetadata().setName("llama-kserve-mn");
 * lws.setSpec(new LeaderWorkerSetSpec(1, template, null, "LeaderCreated"));
 * }</pre>
 */
@Group(LeaderWorkerSet.GROUP)
@Version(LeaderWorkerSet.VERSION)
@Kind("LeaderWorkerSet")
@Plural("leaderworkersets")
@Singular("leaderworkerset")
public class LeaderWorkerSet extends CustomResource<LeaderWorkerSetSpec, LeaderWorkerSetStatus>
    implements Namespaced {
  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "leaderworkerset.x-k8s.io";

  /** The API version. */
  public static final String VERSION = "v1";

  /** {@code apiVersion}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  /** Creates an empty LeaderWorkerSet with empty metadata. */
  public LeaderWorkerSet() {
    super();
  }

  @Override
  protected LeaderWorkerSetSpec initSpec() {
    return null;
  }

  @Override
  protected LeaderWorkerSetStatus initStatus() {
    return null;
  }
}
