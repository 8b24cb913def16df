package dev.llmisvc.render.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.render.model.lws.LeaderWorkerSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link RenderedObjectsMatchSchemasTest} fail on rendered objects corrupted the way
 * a renderer bug would corrupt them, with the object, path and reason in the message.
 */
class CorruptedObjectsFailTest {
  private static final CrdSchemas CRDS = CrdSchemas.read(CrdSchemas.FILES);

  private static HasMetadata rendered(String caseDir, String kind) {
    return GoldenCases.render(Path.of("src/test/resources/" + caseDir))
        .rendering()
        .objects()
        .stream()
        .filter(o -> o.getKind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> crdErrors(HasMetadata object, JsonNode tree) {
    return CRDS.check(tree).stream()
        .map(e -> RenderedObjectsMatchSchemasTest.id(object) + ": " + e)
        .toList();
  }

  @Test
  void aLeaderWorkerSetSizeAsStringFails() {
    HasMetadata lws = rendered("workload/scaling-keda", "LeaderWorkerSet");
    assertThat(lws).isInstanceOf(LeaderWorkerSet.class);
    ObjectNode tree = (ObjectNode) FabricRoundTrip.tree(lws);
    assertThat(CRDS.check(tree)).isEmpty();
    ((ObjectNode) tree.path("spec").path("leaderWorkerTemplate")).put("size", "2");
    assertThat(crdErrors(lws, tree))
        .containsExactly(
            "LeaderWorkerSet llama-keda-kserve-mn: spec.leaderWorkerTemplate.size: expected"
                + " integer, got string");
  }

  @Test
  void anUnknownFieldInAPodTemplateOfALeaderWorkerSetFails() {
    HasMetadata lws = rendered("workload/scaling-keda", "LeaderWorkerSet");
    ObjectNode tree = (ObjectNode) FabricRoundTrip.tree(lws);
    ((ObjectNode)
            tree.path("spec")
                .path("leaderWorkerTemplate")
                .path("workerTemplate")
                .path("spec")
                .path("containers")
                .get(0))
        .put("imagePullPolice", "Always");
    assertThat(CRDS.check(tree))
        .extracting(FieldError::toString)
        .containsExactly(
            "spec.leaderWorkerTemplate.workerTemplate.spec.containers[0].imagePullPolice: field"
                + " not declared in schema");
  }

  @Test
  void aScaledObjectWithoutItsTargetAndAnOverflowingMinimumFails() {
    HasMetadata so = rendered("workload/scaling-keda", "ScaledObject");
    ObjectNode tree = (ObjectNode) FabricRoundTrip.tree(so);
    assertThat(CRDS.check(tree)).isEmpty();
    ObjectNode spec = (ObjectNode) tree.get("spec");
    spec.remove("scaleTargetRef");
    spec.put("minReplicaCount", 3_000_000_000L);
    assertThat(CRDS.check(tree))
        .extracting(FieldError::toString)
        .containsExactlyInAnyOrder(
            "spec.minReplicaCount: 3000000000 is out of the int32 range",
            "spec.scaleTargetRef: required field missing");
  }

  @Test
  void inferencePoolsOfBothGroupsFailOnTheirConstraints() {
    List<HasMetadata> objects =
        GoldenCases.render(Path.of("src/test/resources/router/v1alpha2-pool"))
            .rendering()
            .objects()
            .stream()
            .filter(o -> o.getKind().equals("InferencePool"))
            .toList();
    assertThat(objects)
        .extracting(HasMetadata::getApiVersion)
        .containsExactly(
            "inference.networking.k8s.io/v1", "inference.networking.x-k8s.io/v1alpha2");
    ObjectNode v1 = (ObjectNode) FabricRoundTrip.tree(objects.get(0));
    ((ObjectNode) v1.get("spec")).putArray("targetPorts");
    ObjectNode v1alpha2 = (ObjectNode) FabricRoundTrip.tree(objects.get(1));
    ((ObjectNode) v1alpha2.get("spec")).put("targetPortNumber", 70000);
    assertThat(CRDS.check(v1))
        .extracting(FieldError::toString)
        .containsExactly("spec.targetPorts: has 0 items, fewer than minItems 1");
    assertThat(CRDS.check(v1alpha2))
        .extracting(FieldError::toString)
        .containsExactly("spec.targetPortNumber: 70000 is more than maximum 65535");
  }

  @Test
  void customResourceMetadataIsCheckedLoosely() {
    HasMetadata so = rendered("workload/scaling-keda", "ScaledObject");
    ObjectNode tree = (ObjectNode) FabricRoundTrip.tree(so);
    ((ObjectNode) tree.get("metadata")).putObject("labels").put("replicas", 2);
    ((ObjectNode) tree.get("metadata")).put("anyOtherField", true);
    assertThat(CRDS.check(tree))
        .extracting(FieldError::toString)
        .containsExactly("metadata.labels.replicas: expected string");
  }

  @Test
  void aFieldFabric8DoesNotModelFailsTheRoundTripCheck() {
    Deployment d = (Deployment) rendered("workload/single-node", "Deployment");
    assertThat(FabricRoundTrip.check(d, Deployment.class)).isEmpty();
    Deployment corrupted = new DeploymentBuilder(d).build();
    corrupted
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .setAdditionalProperty("imagePullPolice", "Always");
    assertThat(FabricRoundTrip.check(corrupted, Deployment.class))
        .extracting(FieldError::toString)
        .containsExactly(
            "spec.template.spec.containers[0]: fields not in fabric8's Container model (in"
                + " additionalProperties): [imagePullPolice]");
  }

  @Test
  void anObjectOfAnotherKindFailsTheRoundTripCheck() {
    HasMetadata service = rendered("workload/single-node", "Service");
    assertThat(FabricRoundTrip.check(service, Deployment.class))
        .extracting(FieldError::toString)
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith(
                        "spec: fields not in fabric8's DeploymentSpec model (in"
                            + " additionalProperties): "));
  }

  @Test
  void aRoundTripThatLosesOrChangesAFieldIsReported() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<FieldError> errors = new ArrayList<>();
    TreeDiff.diff(
        json.readTree("{\"spec\":{\"a\":1,\"b\":[1,2],\"c\":\"x\"}}"),
        json.readTree("{\"spec\":{\"b\":[1,3],\"c\":\"x\",\"d\":true}}"),
        "",
        errors);
    assertThat(errors)
        .extracting(FieldError::toString)
        .containsExactly(
            "spec.a: lost in the round trip",
            "spec.b[1]: was 2, is 3 after the round trip",
            "spec.d: added by the round trip");
  }

  @Test
  void aKindWithoutACheckFails() {
    HasMetadata d = rendered("workload/single-node", "Deployment");
    HasMetadata stranger = new DeploymentBuilder((Deployment) d).build();
    stranger.setApiVersion("apps/v1beta1");
    assertThat(RenderedObjectsMatchSchemasTest.violations(stranger))
        .extracting(FieldError::toString)
        .containsExactly("<object>: no schema check for apps/v1beta1 Deployment");
  }
}
