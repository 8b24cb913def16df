package dev.llmisvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which workload objects exist (rendering.md §3.1) and which a change removes (§8): a renderer that
 * returns the full desired set expresses "delete" by leaving the object out.
 */
class OmissionRulesTest {
  private static LLMInferenceService svc(String spec) {
    return EffectiveServices.effective(
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceService
        metadata:
          name: s
          namespace: ns
        spec:
          model:
            uri: hf://m/m
        """
            + spec);
  }

  private static List<String> names(String spec) {
    return Renderer.render(svc(spec)).objects().stream()
        .map(HasMetadata::getMetadata)
        .map(m -> m.getName())
        .toList();
  }

  private static final String TEMPLATE =
      """
        template:
          containers:
            - name: main
      """;

  private static final String WORKER =
      """
        parallelism:
          data: 2
        worker:
          containers:
            - name: main
      """;

  @Test
  void addingWorkerSwapsDeploymentForLeaderWorkerSetAndItsAccount() {
    assertThat(names(TEMPLATE)).containsExactly("s-kserve", "s-kserve-workload-svc");
    assertThat(names(TEMPLATE + WORKER))
        .containsExactly("s-kserve-mn", "s-kserve-mn", "s-kserve-workload-svc");
  }

  @Test
  void withoutRoutingSidecarThereIsNoSingleNodeAccessAndNoMultiNodeRole() {
    assertThat(names(TEMPLATE)).doesNotContain("s-kserve-role", "s-kserve-rb");
    assertThat(names(TEMPLATE + WORKER)).doesNotContain("s-kserve-mn-role", "s-kserve-mn-rb");
  }

  @Test
  void removingPrefillRemovesPrefillObjectsAndMainRoleReturnsToBoth() {
    String prefill =
        """
          prefill:
            template:
              containers:
                - name: main
        """;
    Rendering pd = Renderer.render(svc(TEMPLATE + prefill));
    assertThat(pd.objects())
        .extracting(o -> o.getMetadata().getName())
        .containsExactly("s-kserve", "s-kserve-prefill", "s-kserve-workload-svc");
    assertThat(((Deployment) pd.objects().get(0)).getMetadata().getLabels())
        .containsEntry("llm-d.ai/role", "decode");
    Rendering single = Renderer.render(svc(TEMPLATE));
    assertThat(((Deployment) single.objects().get(0)).getMetadata().getLabels())
        .containsEntry("llm-d.ai/role", "both");
  }

  @Test
  void noScalingMeansNoAutoscalerAndDraOnlyWithItsAnnotation() {
    assertThat(names(TEMPLATE)).noneMatch(n -> n.endsWith("-hpa") || n.endsWith("-keda"));
    assertThat(names(TEMPLATE)).doesNotContain("s-managed-dra");
  }

  @Test
  void storageInitializerDisabledAttachesNothing() {
    Rendering r =
        Renderer.render(
            svc(
                """
                  storageInitializer:
                    enabled: false
                """
                    + TEMPLATE));
    Deployment d = (Deployment) r.objects().get(0);
    assertThat(d.getSpec().getTemplate().getSpec().getInitContainers()).isEmpty();
    assertThat(d.getSpec().getTemplate().getSpec().getVolumes()).isEmpty();
  }
}
