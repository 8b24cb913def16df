package dev.llmisvc.api.v1alpha2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A built value never changes, whatever callers do with what they passed in or got out. */
class ImmutabilityTest {
  private static PodSpec pod() {
    return new PodSpecBuilder()
        .addNewContainer()
        .withName("main")
        .withImage("vllm:1")
        .endContainer()
        .build();
  }

  @Test
  void mutatingTheFabric8ObjectPassedToTheBuilderDoesNotChangeTheSpec() {
    PodSpec template = pod();
    ObjectMeta metadata = new ObjectMetaBuilder().withName("x").build();
    LLMInferenceService svc =
        LLMInferenceService.builder().metadata(metadata).spec(s -> s.template(template)).build();
    String before = LlmisvcMapper.writeYaml(svc);

    template.getContainers().get(0).setImage("evil");
    template.getContainers().add(pod().getContainers().get(0));
    metadata.setName("changed");

    assertThat(LlmisvcMapper.writeYaml(svc)).isEqualTo(before);
    assertThat(svc.name()).hasValue("x");
  }

  @Test
  void mutatingWhatAnAccessorReturnsDoesNotChangeTheSpec() {
    LLMInferenceService svc =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("x"))
            .spec(
                s ->
                    s.template(pod())
                        .router(
                            r ->
                                r.scheduler(
                                    sch ->
                                        sch.config(
                                            c ->
                                                c.inline(
                                                    LlmisvcMapper.json()
                                                        .createObjectNode()
                                                        .put("k", "v"))))))
            .build();
    String before = LlmisvcMapper.writeYaml(svc);

    svc.spec().template().orElseThrow().get().getContainers().get(0).setImage("evil");
    ((ObjectNode) svc.spec().template().orElseThrow().tree()).put("hostNetwork", true);
    svc.metadata().get().setName("changed");
    ((ObjectNode)
            svc.spec()
                .router()
                .orElseThrow()
                .scheduler()
                .orElseThrow()
                .config()
                .orElseThrow()
                .inline()
                .orElseThrow()
                .tree())
        .put("k", "evil");

    assertThat(LlmisvcMapper.writeYaml(svc)).isEqualTo(before);
  }

  @Test
  void collectionsAreCopiedInAndUnmodifiableOut() {
    Map<String, String> labels = new HashMap<>(Map.of("a", "1"));
    LLMInferenceServiceSpec spec = LLMInferenceServiceSpec.builder().labels(labels).build();

    labels.put("b", "2");

    assertThat(spec.labels()).containsOnlyKeys("a");
    assertThatThrownBy(() -> spec.labels().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.baseRefs().add(Embedded.of(new LocalObjectReference("x"))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mutatingTheTreeGivenToTheMapperDoesNotChangeTheValue() {
    ObjectNode tree =
        (ObjectNode)
            LlmisvcMapper.toTree(LLMInferenceServiceSpec.builder().template(pod()).build());
    LLMInferenceServiceSpec spec = LlmisvcMapper.fromTree(tree, LLMInferenceServiceSpec.class);

    ((ObjectNode) tree.get("template").get("containers").get(0)).put("image", "evil");

    assertThat(spec.template().orElseThrow().get().getContainers().get(0).getImage())
        .isEqualTo("vllm:1");
  }

  @Test
  void toBuilderMakesAChangedCopyAndLeavesTheOriginal() {
    LLMInferenceServiceSpec spec = LLMInferenceServiceSpec.builder().replicas(1).build();

    LLMInferenceServiceSpec changed = spec.toBuilder().replicas(2).build();

    assertThat(spec.replicas()).hasValue(1);
    assertThat(changed.replicas()).hasValue(2);
  }

  @Test
  void workloadViewMirrorsTheInlineFields() {
    LLMInferenceServiceSpec spec =
        LLMInferenceServiceSpec.builder()
            .replicas(3)
            .parallelism(p -> p.tensor(2))
            .kvCacheOffloading(k -> k.cpu("10Gi"))
            .template(pod())
            .build();

    WorkloadSpec workload = spec.workload();

    assertThat(workload.replicas()).hasValue(3);
    assertThat(workload.parallelism().orElseThrow().tensor()).hasValue(2);
    assertThat(LLMInferenceServiceSpec.builder().workload(workload).build()).isEqualTo(spec);
  }
}
