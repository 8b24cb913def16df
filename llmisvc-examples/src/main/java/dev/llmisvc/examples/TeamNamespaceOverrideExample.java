package dev.llmisvc.examples;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.util.List;

/**
 * A team namespace overriding a shared profile: the platform publishes {@code gpu-profile} in the
 * system namespace {@code kserve} (A100 nodes, one GPU, two replicas); team {@code research} keeps
 * its own {@code gpu-profile} in its namespace (H100 nodes with a toleration, two GPUs). A service
 * in {@code research} naming {@code gpu-profile} in {@code baseRefs} gets the team's: KServe looks
 * a config up in the service's namespace first and falls back to the system namespace only when it
 * is not there. It is a lookup, not a merge: nothing of the shared profile reaches the service, not
 * even its replica count, and {@code status.appliedConfigs} names {@code research/gpu-profile}.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.TeamNamespaceOverrideExample} (or see the
 * examples page of the site).
 */
public final class TeamNamespaceOverrideExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/team-namespace-override/service.yaml";

  /** The YAML form of {@link #sharedProfile()}. */
  public static final String SHARED_PROFILE = "samples/team-namespace-override/shared-profile.yaml";

  /** The YAML form of {@link #teamProfile()}. */
  public static final String TEAM_PROFILE = "samples/team-namespace-override/team-profile.yaml";

  /** The team's namespace, where its service and its own profile live. */
  public static final String TEAM_NAMESPACE = "research";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("template.nodeSelector[\"nvidia.com/gpu.product\"]"),
          FieldPath.parse("template.tolerations"),
          FieldPath.parse("template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"),
          FieldPath.parse("template.containers[name=main].image"));

  private static final String PROFILE = "gpu-profile";

  private TeamNamespaceOverrideExample() {}

  /**
   * The team's service, built with the v1alpha2 builders; it sets no replicas of its own.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("qwen2-7b-research").withNamespace(TEAM_NAMESPACE))
        .spec(
            s ->
                s.addBaseRefs(PROFILE)
                    .model(
                        m ->
                            m.uri("hf://Qwen/Qwen2.5-7B-Instruct").name("Qwen/Qwen2.5-7B-Instruct"))
                    .parallelism(p -> p.tensor(2))
                    .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(sch -> {})))
        .build();
  }

  /**
   * The platform's profile in the system namespace: A100 nodes, one GPU, two replicas.
   *
   * @return the config
   */
  public static LLMInferenceServiceConfig sharedProfile() {
    return LLMInferenceServiceConfig.builder()
        .metadata(m -> m.withName(PROFILE).withNamespace(Walkthrough.SYSTEM_NAMESPACE))
        .spec(
            s ->
                s.replicas(2)
                    .template(
                        t ->
                            t.addToNodeSelector("nvidia.com/gpu.product", "NVIDIA-A100-PCIE-40GB")
                                .addNewContainer()
                                .withName("main")
                                .withNewResources()
                                .addToRequests("nvidia.com/gpu", new Quantity("1"))
                                .addToLimits("nvidia.com/gpu", new Quantity("1"))
                                .endResources()
                                .endContainer()))
        .build();
  }

  /**
   * The team's profile of the same name in its namespace: H100 nodes, two GPUs, no replicas.
   *
   * @return the config
   */
  public static LLMInferenceServiceConfig teamProfile() {
    return LLMInferenceServiceConfig.builder()
        .metadata(m -> m.withName(PROFILE).withNamespace(TEAM_NAMESPACE))
        .spec(
            s ->
                s.template(
                    t ->
                        t.addToNodeSelector("nvidia.com/gpu.product", "NVIDIA-H100-80GB-HBM3")
                            .addNewToleration()
                            .withKey("research.example.com/h100")
                            .withOperator("Exists")
                            .withEffect("NoSchedule")
                            .endToleration()
                            .addNewContainer()
                            .withName("main")
                            .withNewResources()
                            .addToRequests("nvidia.com/gpu", new Quantity("2"))
                            .addToLimits("nvidia.com/gpu", new Quantity("2"))
                            .endResources()
                            .endContainer()))
        .build();
  }

  /**
   * Both profiles, as the cluster holds them.
   *
   * @return the configs
   */
  public static List<LLMInferenceServiceConfig> configs() {
    return List.of(sharedProfile(), teamProfile());
  }

  /**
   * The service composed against the built-in presets and both profiles.
   *
   * @return the composition
   */
  public static Composition<LLMInferenceService> compose() {
    return Walkthrough.compose(build(), configs());
  }

  /**
   * The effective service rendered as KServe's controller would on a first reconcile.
   *
   * @return the rendered objects, the objects the cluster must provide and the warnings
   */
  public static Rendering render() {
    return Walkthrough.render(compose());
  }

  /**
   * Validates the service and both profiles, composes, renders and prints.
   *
   * @param out where the effective service, the origins and the rendered objects go
   * @param err where violations, a failed composition or a refused rendering go
   * @return 0 when all are valid and the service composes and renders, 1 otherwise
   */
  public static int run(PrintStream out, PrintStream err) {
    return Walkthrough.run(build(), configs(), ORIGINS, out, err);
  }

  /**
   * Validates, composes, renders and prints the service; exits 1 on any failure.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }
}
