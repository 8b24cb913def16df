package dev.llmisvc.api.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmisvc.api.yaml.LlmisvcMapper;
import org.junit.jupiter.api.Test;

/** KServe's defaults, and the settings file over them. */
class SettingsFileTest {

  @Test
  void defaultsAreKServesShippedValues() {
    ControllerSettings d = ControllerSettings.defaults();
    assertThat(d.systemNamespace()).isEqualTo("kserve");
    assertThat(d.ingressGatewayName()).isEqualTo("kserve-ingress-gateway");
    assertThat(d.ingressGatewayNamespace()).isEqualTo("kserve");
    assertThat(d.enableTls()).isFalse();
    assertThat(d.modelBasedRoutingHeaderName()).isEqualTo("X-Gateway-Model-Name");
    assertThat(d.configPrefix()).isEqualTo("kserve-");
    assertThat(d.storageInitializer().effectiveImage())
        .isEqualTo("kserve/storage-initializer:latest");
    assertThat(d.inferencePoolVersions())
        .containsExactly(ControllerSettings.InferencePoolVersion.V1);
  }

  @Test
  void theGatewayNamespaceDoesNotFollowTheSystemNamespace() {
    // the shipped ingress.kserveIngressGateway is "kserve/kserve-ingress-gateway": explicit
    assertThat(
            ControllerSettings.builder().systemNamespace("ops").build().ingressGatewayNamespace())
        .isEqualTo("kserve");
  }

  @Test
  void aFileOverridesOnlyTheKeysItHas() throws Exception {
    ControllerSettings s =
        SettingsFile.apply(
            ControllerSettings.builder().systemNamespace("ops").build(),
            LlmisvcMapper.yaml().readTree("enableTls: true\nmodelBasedRoutingMode: forced\n"),
            "g.yaml");
    assertThat(s.enableTls()).isTrue();
    assertThat(s.modelBasedRoutingMode())
        .isEqualTo(ControllerSettings.ModelBasedRoutingMode.FORCED);
    assertThat(s.systemNamespace()).isEqualTo("ops");
  }

  @Test
  void unknownKeysAndWrongTypesAreAllReported() throws Exception {
    assertThatThrownBy(
            () ->
                SettingsFile.apply(
                    ControllerSettings.defaults(),
                    LlmisvcMapper.yaml().readTree("enableTLS: true\nenableTls: \"yes\"\n"),
                    "g.yaml"))
        .isInstanceOfSatisfying(
            SettingsException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "g.yaml: enableTLS: unknown setting, expected one of "
                            + SettingsFile.keys(),
                        "g.yaml: enableTls: expected true or false"));
  }

  @Test
  void v1IsAlwaysAPoolVersion() {
    assertThatThrownBy(
            () ->
                ControllerSettings.builder()
                    .inferencePoolVersions(
                        java.util.Set.of(ControllerSettings.InferencePoolVersion.V1ALPHA2))
                    .build())
        .hasMessageContaining("v1 is always served");
  }
}
