package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code crd-constraints.json} is what {@link CrdConstraintsGenerator} makes of
 * KServe's CRDs. The CRDs are not part of the project: the comparison runs where they are at hand
 * ({@code -Dllmisvc.crds=DIR}, default {@code ../../shared/reference/crds} from this module) and is
 * skipped, with the reason, elsewhere.
 */
class CrdConstraintsTest {
  private static final Path CRDS =
      Path.of(System.getProperty("llmisvc.crds", "../../shared/reference/crds"));

  @Test
  void theCommittedTableIsWhatTheGeneratorMakesOfTheCrds() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(CRDS.resolve(CrdConstraintsGenerator.SERVICE_CRD)),
        "KServe's CRDs are not at " + CRDS.toAbsolutePath().normalize() + "; comparison skipped");
    String committed =
        Files.readString(Path.of(CrdConstraintsGenerator.TABLE), StandardCharsets.UTF_8);
    assertThat(CrdConstraintsGenerator.generate(CRDS))
        .as("regenerate with ./mvnw -pl llmisvc-api -Pcrd-constraints process-test-classes")
        .isEqualTo(committed);
  }

  @Test
  void aCrdPropertyTheGoTablesLackStopsTheGenerator(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(CRDS.resolve(CrdConstraintsGenerator.SERVICE_CRD)),
        "KServe's CRDs are not at " + CRDS.toAbsolutePath().normalize() + "; check skipped");
    String service =
        Files.readString(CRDS.resolve(CrdConstraintsGenerator.SERVICE_CRD))
            .replaceFirst("( +)replicas:\n", "$1replicaz:\n$1  type: integer\n$1replicas:\n");
    Files.writeString(dir.resolve(CrdConstraintsGenerator.SERVICE_CRD), service);
    Files.copy(
        CRDS.resolve(CrdConstraintsGenerator.CONFIG_CRD),
        dir.resolve(CrdConstraintsGenerator.CONFIG_CRD));
    assertThatThrownBy(() -> CrdConstraintsGenerator.generate(dir))
        .hasMessageContaining("no field replicaz in");
  }
}
