package dev.llmisvc.render.internal.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.render.EffectiveServices;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every object of every golden case survives fabric8's serialiser (write, read back into its class,
 * write again: the same tree) and is accepted by the fabric8 mock API server in CRUD mode, which
 * returns it unchanged apart from server-owned metadata.
 */
@EnableKubernetesMockClient(crud = true)
class RouterObjectsServeIT {
  static KubernetesClient client;

  @TestFactory
  Stream<DynamicTest> everyRenderedObject() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/router").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path c : entries.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
      }
    }
    return tests.stream();
  }

  private void check(Path dir) throws IOException {
    JsonNode options =
        Files.exists(dir.resolve("options.yaml"))
            ? RenderedTrees.YAML.readTree(dir.resolve("options.yaml").toFile())
            : JsonNodeFactory.instance.objectNode();
    ControllerSettings settings = RouterCases.settings(options.path("settings"));
    RouterRendering r =
        RouterObjects.render(
            EffectiveServices.compose(Files.readString(dir.resolve("service.yaml")), settings),
            settings,
            RouterCases.facts(options.path("facts")),
            RouterGoldenTest.MARK_MODEL_ARTIFACTS);
    // A namespace per case keeps same-named objects of different cases apart.
    String namespace = "case-" + dir.getFileName();
    for (HasMetadata o : r.objects()) {
      JsonNode written = RenderedTrees.tree(o);
      HasMetadata back =
          RenderedTrees.FABRIC8.unmarshal(RenderedTrees.FABRIC8.asJson(o), o.getClass());
      assertThat(RenderedTrees.tree(back)).as(o.getKind() + " round trip").isEqualTo(written);

      HasMetadata copy = RenderedTrees.FABRIC8.clone(o);
      if (copy.getMetadata().getNamespace() != null) {
        copy.getMetadata().setNamespace(namespace);
      } else {
        copy.getMetadata().setName(namespace + "-" + copy.getMetadata().getName());
      }
      HasMetadata created = client.resource(copy).create();
      HasMetadata fetched = client.resource(copy).get();
      assertThat(fetched).as(o.getKind() + " " + o.getMetadata().getName()).isNotNull();
      assertThat(withoutServerMetadata(RenderedTrees.tree(fetched)))
          .as(o.getKind() + " served")
          .isEqualTo(withoutServerMetadata(RenderedTrees.tree(copy)));
      assertThat(created.getMetadata().getResourceVersion()).isNotNull();
    }
  }

  private static JsonNode withoutServerMetadata(JsonNode tree) {
    ObjectNode copy = tree.deepCopy();
    ObjectNode meta = (ObjectNode) copy.get("metadata");
    meta.remove(
        List.of("resourceVersion", "creationTimestamp", "uid", "generation", "managedFields"));
    copy.remove("status");
    return copy;
  }
}
