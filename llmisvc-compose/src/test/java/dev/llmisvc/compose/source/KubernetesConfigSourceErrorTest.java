package dev.llmisvc.compose.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient
class KubernetesConfigSourceErrorTest {
  KubernetesMockServer server;
  KubernetesClient client;

  @Test
  void notFoundIsEmptyAndOtherErrorsAreSourceErrors() {
    server
        .expect()
        .get()
        .withPath("/apis/serving.kserve.io/v1alpha2/namespaces/team/llminferenceserviceconfigs/gpu")
        .andReturn(403, "{\"kind\":\"Status\",\"code\":403,\"message\":\"forbidden\"}")
        .always();
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/team/configmaps/cm")
        .andReturn(500, "{\"kind\":\"Status\",\"code\":500,\"message\":\"boom\"}")
        .always();
    KubernetesConfigSource source = new KubernetesConfigSource(client);
    assertThat(source.config("kserve", "gpu")).isEmpty();
    assertThatThrownBy(() -> source.config("team", "gpu"))
        .isInstanceOf(ConfigSourceException.class)
        .hasMessageContaining("forbidden");
    assertThatThrownBy(() -> source.configMap("team", "cm"))
        .isInstanceOf(ConfigSourceException.class);
  }
}
