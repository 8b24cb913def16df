package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kubectl plugin at the root of the checkout: linked onto the PATH, it runs the launcher beside
 * it with the arguments kubectl hands over. A stand-in launcher records them, so the test does not
 * build the jar.
 */
class KubectlPluginTest {
  private static final Path PLUGIN = Path.of("../kubectl-llmisvc");

  private static Path checkoutWithFakeLauncher(Path dir) throws IOException {
    Path checkout = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(PLUGIN, checkout.resolve("kubectl-llmisvc"));
    Path launcher =
        Files.writeString(
            checkout.resolve("llmisvc"), "#!/usr/bin/env bash\necho \"llmisvc $*\"\n");
    for (Path p : List.of(launcher, checkout.resolve("kubectl-llmisvc"))) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return checkout;
  }

  private static String run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void theCheckoutShipsAnExecutablePlugin() {
    assertThat(PLUGIN).isRegularFile().isExecutable();
  }

  @Test
  void aLinkOnThePathRunsTheLauncherBesideTheRealFile(@TempDir Path dir) throws Exception {
    Path checkout = checkoutWithFakeLauncher(dir);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("kubectl-llmisvc"), checkout.resolve("kubectl-llmisvc"));
    String out =
        run(Map.of(), bin.resolve("kubectl-llmisvc").toString(), "compose", "-f", "a b.yaml");
    assertThat(out).isEqualTo("llmisvc compose -f a b.yaml\n");
  }

  @Test
  void kubectlFindsItOnThePath(@TempDir Path dir) throws Exception {
    Path kubectl = Path.of("/usr/bin/kubectl");
    assumeTrue(Files.isExecutable(kubectl), "kubectl is not installed");
    Path checkout = checkoutWithFakeLauncher(dir);
    String path = checkout + ":" + System.getenv("PATH");
    String out =
        run(
            Map.of("PATH", path),
            kubectl.toString(),
            "llmisvc",
            "explain",
            "--from-cluster",
            "a/b");
    assertThat(out).isEqualTo("llmisvc explain --from-cluster a/b\n");
  }
}
