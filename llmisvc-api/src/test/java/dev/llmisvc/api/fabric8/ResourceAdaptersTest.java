package dev.llmisvc.api.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What fabric8 sees of the four resource adapters: the type metadata it reads from their
 * annotations, the JSON its own mapper writes, and the class its registry picks when it reads.
 */
class ResourceAdaptersTest {
  private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();

  @Test
  void v1alpha1ServiceAdapterIsWhatFabric8Expects() {
    var value =
        dev.llmisvc.api.v1alpha1.LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen").withNamespace("llm").addToLabels("team", "a"))
            .spec(s -> s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct")).replicas(3))
            .build();
    pins(
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceResource.class,
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceResource.from(value),
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceResource::toValue,
        value,
        "serving.kserve.io/v1alpha1",
        "LLMInferenceService",
        "llminferenceservices",
        "{\"apiVersion\":\"serving.kserve.io/v1alpha1\",\"kind\":\"LLMInferenceService\","
            + "\"metadata\":{\"labels\":{\"team\":\"a\"},\"name\":\"qwen\",\"namespace\":\"llm\"},"
            + "\"spec\":{\"model\":{\"uri\":\"hf://Qwen/Qwen2.5-7B-Instruct\"},\"replicas\":3}}");
  }

  @Test
  void v1alpha1ConfigAdapterIsWhatFabric8Expects() {
    var value =
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig.builder()
            .metadata(m -> m.withName("router-managed").withNamespace("kserve"))
            .spec(s -> s.router(r -> r.route(route -> {}).gateway(g -> {})))
            .build();
    pins(
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfigResource.class,
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfigResource.from(value),
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfigResource::toValue,
        value,
        "serving.kserve.io/v1alpha1",
        "LLMInferenceServiceConfig",
        "llminferenceserviceconfigs",
        "{\"apiVersion\":\"serving.kserve.io/v1alpha1\",\"kind\":\"LLMInferenceServiceConfig\","
            + "\"metadata\":{\"name\":\"router-managed\",\"namespace\":\"kserve\"},"
            + "\"spec\":{\"router\":{\"route\":{},\"gateway\":{}}}}");
  }

  @Test
  void v1alpha2ServiceAdapterIsWhatFabric8Expects() {
    var value =
        dev.llmisvc.api.v1alpha2.LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen").withNamespace("llm"))
            .spec(s -> s.model(m -> m.uri("hf://Qwen/Qwen2.5-7B-Instruct")).replicas(2))
            .status(st -> st.url("http://qwen.llm"))
            .build();
    pins(
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceResource.class,
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceResource.from(value),
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceResource::toValue,
        value,
        "serving.kserve.io/v1alpha2",
        "LLMInferenceService",
        "llminferenceservices",
        "{\"apiVersion\":\"serving.kserve.io/v1alpha2\",\"kind\":\"LLMInferenceService\","
            + "\"metadata\":{\"name\":\"qwen\",\"namespace\":\"llm\"},"
            + "\"spec\":{\"model\":{\"uri\":\"hf://Qwen/Qwen2.5-7B-Instruct\"},\"replicas\":2},"
            + "\"status\":{\"url\":\"http://qwen.llm\"}}");
  }

  @Test
  void v1alpha2ConfigAdapterIsWhatFabric8Expects() {
    var value =
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig.builder()
            .metadata(m -> m.withName("empty").withNamespace("kserve"))
            .build();
    pins(
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfigResource.class,
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfigResource.from(value),
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfigResource::toValue,
        value,
        "serving.kserve.io/v1alpha2",
        "LLMInferenceServiceConfig",
        "llminferenceserviceconfigs",
        "{\"apiVersion\":\"serving.kserve.io/v1alpha2\",\"kind\":\"LLMInferenceServiceConfig\","
            + "\"metadata\":{\"name\":\"empty\",\"namespace\":\"kserve\"},\"spec\":{}}");
  }

  private static <R extends HasMetadata> void pins(
      Class<R> type,
      R resource,
      Function<R, Object> toValue,
      Object value,
      String apiVersion,
      String kind,
      String plural,
      String json) {
    assertThat(HasMetadata.getApiVersion(type)).isEqualTo(apiVersion);
    assertThat(HasMetadata.getKind(type)).isEqualTo(kind);
    assertThat(HasMetadata.getPlural(type)).isEqualTo(plural);
    assertThat(Namespaced.class).isAssignableFrom(type);
    assertThat(resource.getApiVersion()).isEqualTo(apiVersion);
    assertThat(resource.getKind()).isEqualTo(kind);

    String written = FABRIC8.asJson(resource);
    assertThat(written).isEqualTo(json);

    Object read = FABRIC8.unmarshal(written);
    assertThat(read).isExactlyInstanceOf(type);
    assertThat(toValue.apply(type.cast(read))).isEqualTo(value);
    assertThat(toValue.apply(FABRIC8.unmarshal(written, type))).isEqualTo(value);
  }
}
