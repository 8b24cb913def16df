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
 * A team namespace overriding a shared profile, as KServe's composition guide describes it: the
 * platform's {@code my-gpu-profile} of {@link HardwareProfileExample} sits in the system namespace
 * {@code kserve} (A100 nodes, four GPUs, CPU and memory, two replicas), and team {@code my-team}
 * keeps its own {@code my-gpu-profile} in its namespace (H100 nodes with a toleration, one GPU).
 * The team's service, the one of {@link HardwareProfileExample} written in v1alpha2, names {@code
 * my-gpu-profile} in {@code baseRefs} and gets the team's: KServe looks a config up in the
 * service's namespace first and falls back to the system namespace only when it is not there.
 *
 * <p>It is a lookup, not a merge: nothing of the shared profile reaches the service, so the
 * rendered Deployment has H100 nodes, one GPU and no CPU or memory requests; {@code
 * status.appliedConfigs} names {@code my-team/my-gpu-profile}.
 *
 * <p>Run: {@code java -cp ... dev.llmisvc.examples.TeamNamespaceOverrideExample} (or see the
 * examples page of the site).
 */
public final class TeamNamespaceOverrideExample {
  /** The YAML form of {@link #build()}. */
  public static final String SAMPLE = "samples/team-namespace-override/service.yaml";

  /** The YAML form of {@link #teamProfile()}. */
  public static final String TEAM_PROFILE = "samples/team-namespace-override/team-profile.yaml";

  /** The team's namespace, where its service and its own profile live. */
  public static final String TEAM_NAMESPACE = "my-team";

  /** Leaves of the effective spec whose value and origin {@link #main} prints. */
  public static final List<FieldPath> ORIGINS =
      List.of(
          FieldPath.parse("replicas"),
          FieldPath.parse("template.nodeSelector[\"nvidia.com/gpu.product\"]"),
          FieldPath.parse("template.tolerations"),
          FieldPath.parse("template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]"),
          FieldPath.parse("template.containers[name=main].image"));

  private TeamNamespaceOverrideExample() {}

  /**
   * The team's service, built with the v1alpha2 builders: the service of {@link
   * HardwareProfileExample#build()}, three replicas over {@code my-gpu-profile}.
   *
   * @return the service
   */
  public static LLMInferenceService build() {
    return LLMInferenceService.builder()
        .metadata(m -> m.withName("llama-3-8b").withNamespace(TEAM_NAMESPACE))
        .spec(
            s ->
                s.addBaseRefs("my-gpu-profile")
                    .model(
                        m ->
                            m.uri("hf://meta-llama/Llama-3.1-8B-Instruct")
                                .name("meta-llama/Llama-3.1-8B-Instruct"))
                    .replicas(3)
                    .router(r -> r.route(route -> {}).scheduler(sch -> {})))
        .build();
  }

  /**
   * The platform's shared profile in the system namespace: {@link
   * HardwareProfileExample#profile()}.
   *
   * @return the config
   */
  public static LLMInferenceServiceConfig sharedProfile() {
    return HardwareProfileExample.profile();
  }

  /**
   * The team's profile of the same name in its own namespace: H100 nodes, a toleration for them,
   * one GPU; nothing else.
   *
   * @return the config
   */
  public static LLMInferenceServiceConfig teamProfile() {
    return LLMInferenceServiceConfig.builder()
        .metadata(m -> m.withName("my-gpu-profile").withNamespace(TEAM_NAMESPACE))
        .spec(
            s ->
                s.template(
                    t ->
                        t.addToNodeSelector("nvidia.com/gpu.product", "NVIDIA-H100-80GB-HBM3")
                            .addNewToleration()
                            .withKey("my-team.example.com/h100")
                            .withOperator("Exists")
                            .withEffect("NoSchedule")
                            .endToleration()
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
