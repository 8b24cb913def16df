package dev.llmisvc.api.v1alpha2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.Seeds;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

/** The resource adapters work with fabric8's typed client against its CRUD mock server. */
@EnableKubernetesMockClient(crud = true)
class MockServerCrudIT {
  KubernetesClient client;

  private MixedOperation<
          LLMInferenceServiceResource,
          KubernetesResourceList<LLMInferenceServiceResource>,
          Resource<LLMInferenceServiceResource>>
      services() {
    return client.resources(LLMInferenceServiceResource.class);
  }

  @Test
  void createsGetsAndListsAnLLMInferenceService() {
    LLMInferenceService svc =
        LlmisvcMapper.read(
                Seeds.text("/models/v1alpha2-every-field.yaml"), LLMInferenceService.class)
            .toBuilder()
            .status(java.util.Optional.empty())
            .build();

    services().inNamespace("llm").resource(LLMInferenceServiceResource.from(svc)).create();
    LLMInferenceService got = services().inNamespace("llm").withName("everything").get().toValue();
    var listed = services().inNamespace("llm").list().getItems();

    assertThat(got.spec()).isEqualTo(svc.spec());
    assertThat(got.name()).hasValue("everything");
    assertThat(got.metadata().get().getLabels()).containsEntry("team", "a");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).toValue().spec()).isEqualTo(svc.spec());
  }

  @Test
  void configsUseTheirOwnPlural() {
    LLMInferenceServiceConfig config =
        LLMInferenceServiceConfig.builder()
            .metadata(m -> m.withName("router-managed").withNamespace("kserve"))
            .spec(s -> s.router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build();

    client
        .resources(LLMInferenceServiceConfigResource.class)
        .inNamespace("kserve")
        .resource(LLMInferenceServiceConfigResource.from(config))
        .create();

    assertThat(
            client
                .resources(LLMInferenceServiceConfigResource.class)
                .inNamespace("kserve")
                .withName("router-managed")
                .get()
                .toValue()
                .spec())
        .isEqualTo(config.spec());
  }
}
