package dev.llmisvc.compose.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient
class KubernetesConfigSourceErrorIT {
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
    // no retries: a 500 answers at once instead of after the client's back-off (20 s)
    KubernetesClient noRetry =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(client.getConfiguration())
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build();
    KubernetesConfigSource source = new KubernetesConfigSource(noRetry);
    assertThat(source.config("kserve", "gpu")).isEmpty();
    assertThatThrownBy(() -> source.config("team", "gpu"))
        .isInstanceOf(ConfigSourceException.class)
        .hasMessageContaining("forbidden");
    assertThatThrownBy(() -> source.configMap("team", "cm"))
        .isInstanceOf(ConfigSourceException.class);
  }
}
