package dev.llmisvc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyCheckTest {
  private static Map<String, Version> jackson(String core, String databind) {
    Map<String, Version> versions = new LinkedHashMap<>();
    versions.put("jackson-core", version(core));
    versions.put("jackson-databind", version(databind));
    versions.put("jackson-dataformat-yaml", version(databind));
    return versions;
  }

  private static Version version(String text) {
    String[] p = text.split("\\.");
    return new Version(
        Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), null, null, null);
  }

  private static final DependencyCheck.Fabric8Model FABRIC8_7 =
      new DependencyCheck.Fabric8Model("7.8.0", true);

  @Test
  void theBuildsOwnClassPathIsSupported() {
    DependencyCheck.requireSupportedVersions();
  }

  @Test
  void supportedVersionsPass() {
    assertThat(DependencyCheck.problem(jackson("2.16.2", "2.16.2"), FABRIC8_7)).isNull();
    assertThat(DependencyCheck.problem(jackson("2.21.4", "2.21.1"), FABRIC8_7)).isNull();
  }

  @Test
  void jackson215IsNamedWithTheBomToImport() {
    assertThat(DependencyCheck.problem(jackson("2.15.4", "2.15.4"), FABRIC8_7))
        .isEqualTo(
            "llmisvc-java needs Jackson 2.16 or newer with all modules at one version, found"
                + " jackson-core 2.15.4, jackson-databind 2.15.4, jackson-dataformat-yaml 2.15.4."
                + " Import com.fasterxml.jackson:jackson-bom at a supported version in your"
                + " dependencyManagement, before llmisvc-bom.");
  }

  @Test
  void mixedJacksonModulesAreAProblemEvenWhenEachIsNewEnough() {
    // what fabric8 6.13 next to our Jackson gave: jackson-core 2.17 under databind 2.21
    assertThat(DependencyCheck.problem(jackson("2.17.2", "2.21.4"), FABRIC8_7))
        .contains("found jackson-core 2.17.2, jackson-databind 2.21.4")
        .contains("jackson-bom");
  }

  @Test
  void fabric8WithoutHttpRouteRuleNameIsNamed() {
    assertThat(
            DependencyCheck.problem(
                jackson("2.21.4", "2.21.4"), new DependencyCheck.Fabric8Model("6.13.4", false)))
        .isEqualTo(
            "llmisvc-java needs fabric8 kubernetes-client/kubernetes-model 7.0 or newer, found"
                + " 6.13.4 (its Gateway API HTTPRouteRule has no name). Import"
                + " com.fasterxml.jackson:jackson-bom and io.fabric8:kubernetes-client-bom at a"
                + " supported version in your dependencyManagement, before llmisvc-bom.");
  }
}
