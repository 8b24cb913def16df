package dev.llmisvc.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.compose.preset.PresetCatalog;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No tree, however deep, gets a {@code StackOverflowError} out of {@link Composer#compose}: depth
 * is measured first, without recursion, and a tree beyond {@link Composer#MAX_DEPTH} is a {@link
 * ServiceInputException} naming where; a tree just within it composes on a thread with a small
 * stack.
 */
@Timeout(60)
class DeepTreesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static ObjectNode service() throws IOException {
    return (ObjectNode)
        YAML.readTree(
            "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService, metadata:"
                + " {name: llm, namespace: team}, spec: {model: {uri: 'hf://org/m'},"
                + " template: {metadata: {annotations: {}}, containers: [{name: main}]}}}");
  }

  /** {@code levels} nested objects {@code {a: {a: ...}}}, built without recursion. */
  private static ObjectNode nested(int levels) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode at = root;
    for (int i = 1; i < levels; i++) {
      at = at.putObject("a");
    }
    at.put("leaf", "x");
    return root;
  }

  @ParameterizedTest
  @ValueSource(ints = {100_000, 2_000})
  void aDeepAnnotationValueIsATypedError(int levels) throws IOException {
    ObjectNode svc = service();
    ((ObjectNode) svc.at("/spec/template/metadata/annotations")).set("deep", nested(levels));
    assertThatThrownBy(() -> Composer.builder().build().compose(svc))
        .isInstanceOfSatisfying(
            ServiceInputException.class,
            e -> {
              assertThat(e.path()).startsWith("spec.template.metadata.annotations.deep.a");
              assertThat(e.reason()).contains("deeper than " + Composer.MAX_DEPTH + " levels");
            });
  }

  @Test
  void aDeepUnknownFieldOrListIsATypedError() throws IOException {
    ObjectNode svc = service();
    JsonNode list = JsonNodeFactory.instance.arrayNode();
    JsonNode at = list;
    for (int i = 0; i < 50_000; i++) {
      at = ((com.fasterxml.jackson.databind.node.ArrayNode) at).addArray();
    }
    ((ObjectNode) svc.get("spec")).set("somethingUnknown", list);
    assertThatThrownBy(() -> Composer.builder().build().compose(svc))
        .isInstanceOf(ServiceInputException.class)
        .hasMessageStartingWith("spec.somethingUnknown[0][0]");
  }

  @Test
  void aTreeWithinTheBoundComposesOnASmallStack() throws Exception {
    ObjectNode svc = service();
    // the service is 6 levels down at the annotation; fill the rest to the bound
    ((ObjectNode) svc.at("/spec/template/metadata/annotations"))
        .set("deep", nested(Composer.MAX_DEPTH - 5));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Composition<ObjectNode>> result = new AtomicReference<>();
    // 512 KiB: half of a usual default thread stack
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                result.set(Composer.builder().build().compose(svc));
              } catch (Throwable e) {
                thrown.set(e);
              }
            },
            "small-stack",
            512 * 1024);
    t.start();
    t.join();
    assertThat(thrown.get()).isNull();
    assertThat(result.get().succeeded()).isTrue();
  }

  @Test
  void theBoundIsFarAboveWhatRealSpecsNeed() {
    int deepest = 0;
    PresetCatalog catalog = PresetCatalog.builtin();
    for (String name : catalog.names()) {
      deepest = Math.max(deepest, depth(catalog.preset(name).orElseThrow()));
    }
    assertThat(deepest).isBetween(5, Composer.MAX_DEPTH / 20);
  }

  @Test
  void aDeepEmbeddedObjectIsRefusedWhenBuiltNotWhenHashed() {
    ObjectNode template = JsonNodeFactory.instance.objectNode();
    template.putObject("metadata").putObject("annotations").set("deep", nested(100_000));
    assertThatThrownBy(
            () ->
                dev.llmisvc.api.common.Embedded.ofTree(
                    io.fabric8.kubernetes.api.model.PodSpec.class, template))
        .isInstanceOfSatisfying(
            dev.llmisvc.api.ParseException.class,
            e -> assertThat(e.path()).startsWith("metadata.annotations.deep.a"))
        .hasMessageContaining("deeper than " + dev.llmisvc.api.common.Embedded.MAX_DEPTH);
  }

  @Test
  void aTypedServiceAtTheEmbeddedBoundComposes() {
    ObjectNode template = JsonNodeFactory.instance.objectNode();
    template
        .putObject("metadata")
        .putObject("annotations")
        .set("deep", nested(dev.llmisvc.api.common.Embedded.MAX_DEPTH - 3));
    dev.llmisvc.api.v1alpha2.LLMInferenceService svc =
        dev.llmisvc.api.v1alpha2.LLMInferenceService.builder()
            .metadata(m -> m.withName("llm").withNamespace("team"))
            .spec(
                s ->
                    s.model(m -> m.uri("hf://org/m"))
                        .template(
                            dev.llmisvc.api.common.Embedded.ofTree(
                                io.fabric8.kubernetes.api.model.PodSpec.class, template)))
            .build();
    assertThat(svc.hashCode()).isEqualTo(svc.toBuilder().build().hashCode());
    assertThat(Composer.builder().build().compose(svc).succeeded()).isTrue();
  }

  private static int depth(JsonNode root) {
    int max = 0;
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {root, 1});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      JsonNode n = (JsonNode) top[0];
      int d = (int) top[1];
      if (n.isContainerNode()) {
        max = Math.max(max, d);
        n.forEach(c -> stack.push(new Object[] {c, d + 1}));
      }
    }
    return max;
  }
}
