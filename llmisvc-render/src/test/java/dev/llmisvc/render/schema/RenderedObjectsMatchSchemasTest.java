package dev.llmisvc.render.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every object the golden cases render (see {@link GoldenCases}) passes a schema check, so the API
 * server would accept it as it is:
 *
 * <ul>
 *   <li>kinds of a CRD (LeaderWorkerSet {@code leaderworkerset.x-k8s.io/v1}, ScaledObject {@code
 *       keda.sh/v1alpha1}, InferencePool {@code inference.networking.k8s.io/v1} and {@code
 *       inference.networking.x-k8s.io/v1alpha2}) against the OpenAPI v3 schema of their CRD
 *       version, vendored under {@code src/test/resources/crds/} and {@code src/main/crds/gie/}, by
 *       {@link StructuralSchema}; {@code metadata} only loosely ({@link LooseObjectMeta});
 *   <li>built-in kinds (Deployment, Service, ServiceAccount, Secret, Role, RoleBinding,
 *       ClusterRoleBinding, HorizontalPodAutoscaler, ResourceClaimTemplate, HTTPRoute) by a
 *       lossless round trip through fabric8's model class, with nothing in {@code
 *       additionalProperties} ({@link FabricRoundTrip}).
 * </ul>
 *
 * <p>Not evaluated: the CRDs' {@code x-kubernetes-validations} CEL rules, which are the
 * InferencePool v1 rules "port is required when kind is 'Service' or unspecified" ({@code
 * spec.endpointPickerRef}) and "port number must be unique" ({@code spec.targetPorts}); the API
 * server's own validation of built-in kinds (fabric8's models carry no constraints); ObjectMeta
 * beyond {@link LooseObjectMeta}.
 *
 * <p>Each object is serialised with fabric8's {@code KubernetesSerialization}, as the renderer's
 * users send it. A failure lists every violation as {@code Kind name: path: message}.
 */
class RenderedObjectsMatchSchemasTest {
  private static final CrdSchemas CRDS = CrdSchemas.read(CrdSchemas.FILES);

  /**
   * Objects that violate their schema for a reason the renderer does not own yet, by {@code case
   * Kind name}, with the reason. Empty: every rendered object passes.
   */
  private static final Map<String, String> KNOWN_FAILURES = Map.of();

  @TestFactory
  Stream<DynamicTest> everyRenderedObjectPassesItsSchemaCheck() {
    List<Path> dirs = GoldenCases.directories();
    assertThat(dirs).hasSizeGreaterThan(20);
    return dirs.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    GoldenCases.name(dir),
                    () -> {
                      GoldenCases.Case c = GoldenCases.render(dir);
                      List<String> errors = new ArrayList<>();
                      for (HasMetadata object : c.rendering().objects()) {
                        String id = id(object);
                        List<FieldError> found = violations(object);
                        String reason = KNOWN_FAILURES.get(c.name() + " " + id);
                        if (reason != null) {
                          assertThat(found)
                              .as(c.name() + " " + id + " is a known failure (" + reason + ")")
                              .isNotEmpty();
                          continue;
                        }
                        found.forEach(e -> errors.add(id + ": " + e));
                      }
                      assertThat(errors).as(c.name()).isEmpty();
                    }));
  }

  @Test
  void theCasesRenderEveryKindTheChecksCover() {
    Set<String> kinds = new TreeSet<>();
    for (Path dir : GoldenCases.directories()) {
      Rendering r = GoldenCases.render(dir).rendering();
      r.objects().forEach(o -> kinds.add(o.getApiVersion() + " " + o.getKind()));
    }
    Set<String> covered = new TreeSet<>(FabricRoundTrip.MODELS.keySet());
    covered.addAll(
        List.of(
            "leaderworkerset.x-k8s.io/v1 LeaderWorkerSet",
            "keda.sh/v1alpha1 ScaledObject",
            "inference.networking.k8s.io/v1 InferencePool",
            "inference.networking.x-k8s.io/v1alpha2 InferencePool"));
    assertThat(kinds).isEqualTo(covered);
  }

  /** The violations of one rendered object, by the check its kind gets. */
  static List<FieldError> violations(HasMetadata object) {
    JsonNode tree = FabricRoundTrip.tree(object);
    String apiVersion = tree.path("apiVersion").asText();
    String kind = tree.path("kind").asText();
    if (CRDS.schema(apiVersion, kind).isPresent()) {
      return CRDS.check(tree);
    }
    return FabricRoundTrip.model(apiVersion, kind)
        .map(model -> FabricRoundTrip.check(object, model))
        .orElseGet(
            () -> List.of(new FieldError("", "no schema check for " + apiVersion + " " + kind)));
  }

  static String id(HasMetadata object) {
    return object.getKind() + " " + object.getMetadata().getName();
  }
}
