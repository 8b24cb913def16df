package dev.llmisvc.compose.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The oracle: apimachinery's strategic merge as compiled into {@code kubectl}, driven through
 * {@code kubectl patch --local --type strategic} on a Deployment that wraps a pod spec.
 *
 * <p>{@code kubectl patch --local} works on the unstructured object: it applies the patch with the
 * Deployment's Go types as the schema but does not re-encode the result through them (an {@code
 * args: []} or {@code env: null} in the patch stays in the output). So it is an oracle for the
 * apply step and the merge keys, not for Go's zero-value encoding.
 */
final class Kubectl {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The binary; {@code -Dllmisvc.kubectl=/path/to/kubectl} picks another (or none, to test skips).
   */
  static final String BINARY = System.getProperty("llmisvc.kubectl", "kubectl");

  private Kubectl() {}

  /** True when a {@code kubectl} binary answers on this machine. */
  static boolean available() {
    try {
      Process p =
          new ProcessBuilder(BINARY, "version", "--client").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A Deployment around {@code podSpec}. */
  static ObjectNode deployment(JsonNode podSpec) {
    ObjectNode d = JSON.createObjectNode();
    d.put("apiVersion", "apps/v1").put("kind", "Deployment");
    d.putObject("metadata").put("name", "oracle");
    ObjectNode spec = d.putObject("spec");
    spec.putObject("selector").putObject("matchLabels").put("app", "oracle");
    ObjectNode template = spec.putObject("template");
    template.putObject("metadata").putObject("labels").put("app", "oracle");
    template.set("spec", podSpec);
    return d;
  }

  /** The patch document for a Deployment that patches its pod spec with {@code podSpecPatch}. */
  static ObjectNode deploymentPatch(JsonNode podSpecPatch) {
    ObjectNode p = JSON.createObjectNode();
    p.putObject("spec").putObject("template").set("spec", podSpecPatch);
    return p;
  }

  /**
   * Applies the pod-spec patches in order to {@code base}, piping one {@code kubectl patch} into
   * the next; the resulting pod spec, or the error kubectl printed.
   */
  static Outcome patchChain(JsonNode base, List<JsonNode> patches) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kubectl-oracle");
      Files.writeString(dir.resolve("base.json"), JSON.writeValueAsString(deployment(base)));
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < patches.size(); i++) {
        Path p = dir.resolve("p" + i + ".json");
        Files.writeString(p, JSON.writeValueAsString(deploymentPatch(patches.get(i))));
        steps.add(
            "'"
                + BINARY
                + "' patch --local -f "
                + (i == 0 ? "base.json" : "-")
                + " --type strategic --patch-file p"
                + i
                + ".json -o json");
      }
      String script = "set -o pipefail; " + String.join(" | ", steps);
      Process proc = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).start();
      byte[] out = proc.getInputStream().readAllBytes();
      String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!proc.waitFor(60, TimeUnit.SECONDS) || proc.exitValue() != 0) {
        return new Outcome(null, err.isBlank() ? "kubectl failed" : err.strip());
      }
      JsonNode result = JSON.readTree(out);
      return new Outcome(result.path("spec").path("template").path("spec"), null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (dir != null) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
          // a temp directory left behind is harmless
        }
      }
    }
  }

  /** What kubectl produced: the pod spec, or the error message (exactly one is non-null). */
  record Outcome(JsonNode podSpec, String error) {
    boolean failed() {
      return error != null;
    }
  }
}
