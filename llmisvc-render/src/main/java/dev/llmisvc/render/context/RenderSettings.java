package dev.llmisvc.render.context;

import dev.llmisvc.api.settings.ControllerSettings;
import java.util.Objects;

/**
 * What the renderer needs besides the effective service: KServe's controller settings, the cluster
 * lookups, and whether to create the self-signed TLS Secret. Immutable; built with {@link
 * #builder()}; {@link #defaults()} gives KServe's defaults, an offline cluster and no generated
 * TLS.
 *
 * <pre>{@code
 * RenderSettings settings =
 *     RenderSettings.builder()
 *         .controller(ControllerSettings.defaults())
 *         .clusterFacts(new KubernetesClusterFacts(client))
 *         .generateTls(true)
 *         .build();
 * }</pre>
 */
public final class RenderSettings {
  private final ControllerSettings controller;
  private final ClusterFacts clusterFacts;
  private final boolean generateTls;

  private RenderSettings(Builder b) {
    this.controller = b.controller;
    this.clusterFacts = b.clusterFacts;
    this.generateTls = b.generateTls;
  }

  /**
   * KServe's defaults: {@code ControllerSettings.defaults()}, {@code ClusterFacts.offline()}, no
   * generated TLS Secret.
   *
   * <pre>{@code
   * Rendering r = Renderer.render(service, RenderSettings.defaults());
   * }</pre>
   *
   * @return the default settings
   */
  public static RenderSettings defaults() {
    return builder().build();
  }

  /**
   * Starts a builder holding the defaults.
   *
   * <pre>{@code
   * RenderSettings s = RenderSettings.builder().generateTls(true).build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these settings, to build a changed copy.
   *
   * <pre>{@code
   * RenderSettings withTls = settings.toBuilder().generateTls(true).build();
   * }</pre>
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().controller(controller).clusterFacts(clusterFacts).generateTls(generateTls);
  }

  /**
   * KServe's controller settings (rendering.md §1.1).
   *
   * <pre>{@code
   * boolean tls = settings.controller().enableTls();
   * }</pre>
   *
   * @return the controller settings; default {@code ControllerSettings.defaults()}
   */
  public ControllerSettings controller() {
    return controller;
  }

  /**
   * The cluster lookups (rendering.md §1.2).
   *
   * <pre>{@code
   * ClusterFacts facts = settings.clusterFacts();
   * }</pre>
   *
   * @return the facts; default {@code ClusterFacts.offline()}
   */
  public ClusterFacts clusterFacts() {
    return clusterFacts;
  }

  /**
   * Whether the renderer creates the Secret {@code <n>-kserve-self-signed-certs} itself. KServe's
   * controller always does; its certificate depends on the clock and a fresh key, so by default the
   * renderer leaves it out (pure output) and lists it in {@link
   * dev.llmisvc.render.Rendering#required()}.
   *
   * <pre>{@code
   * if (settings.generateTls()) { ... }
   * }</pre>
   *
   * @return true to generate the Secret; default false
   */
  public boolean generateTls() {
    return generateTls;
  }

  /**
   * Builds {@link RenderSettings}.
   *
   * <pre>{@code
   * RenderSettings.builder().clusterFacts(facts).build();
   * }</pre>
   */
  public static final class Builder {
    private ControllerSettings controller = ControllerSettings.defaults();
    private ClusterFacts clusterFacts = ClusterFacts.offline();
    private boolean generateTls;

    private Builder() {}

    /**
     * Sets the controller settings.
     *
     * @param controller KServe's controller settings
     * @return this builder
     */
    public Builder controller(ControllerSettings controller) {
      this.controller = Objects.requireNonNull(controller, "controller");
      return this;
    }

    /**
     * Sets the cluster lookups.
     *
     * @param clusterFacts the facts
     * @return this builder
     */
    public Builder clusterFacts(ClusterFacts clusterFacts) {
      this.clusterFacts = Objects.requireNonNull(clusterFacts, "clusterFacts");
      return this;
    }

    /**
     * Sets whether the TLS Secret is generated.
     *
     * @param generateTls true to generate it
     * @return this builder
     */
    public Builder generateTls(boolean generateTls) {
      this.generateTls = generateTls;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the immutable settings
     */
    public RenderSettings build() {
      return new RenderSettings(this);
    }
  }
}
