package dev.llmisvc.api.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every nested-lambda overload of every model builder edits the value the builder holds (fabric8's
 * {@code editSpec()} habit): {@code x.toBuilder().f(b -> {}).build().equals(x)} for every model
 * value reachable from the every-field samples of both versions (services, their configs, their
 * statuses), and the test fails when some lambda was never exercised on a value that holds the
 * nested object, so a new builder lambda cannot slip past it.
 */
class NestedEditTest {
  private static final Consumer<Object> NOTHING = b -> {};

  @Test
  void aLambdaThatChangesNothingKeepsEveryValue() throws Exception {
    Map<Class<?>, List<Object>> values = new LinkedHashMap<>();
    for (Object root : samples()) {
      collect(root, values);
    }
    Set<String> lambdas = new TreeSet<>();
    Set<String> exercised = new TreeSet<>();
    List<String> broken = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Object>> entry : values.entrySet()) {
      for (Object value : entry.getValue()) {
        Object builder = toBuilder(value);
        for (Method lambda : lambdaOverloads(builder.getClass())) {
          String name = builder.getClass().getName() + "." + lambda.getName();
          lambdas.add(name);
          if (!holds(value, lambda.getName())) {
            continue; // f(b -> {}) then sets an empty nested value, which is a change
          }
          exercised.add(name);
          Object edited = build(lambda.invoke(toBuilder(value), NOTHING));
          if (!edited.equals(value)) {
            broken.add(name + " on " + LlmisvcMapper.writeJson(value));
          }
        }
      }
    }
    assertThat(broken).isEmpty();
    // the samples are rich enough: every lambda met a value holding its nested object
    Set<String> neverExercised = new TreeSet<>(lambdas);
    neverExercised.removeAll(exercised);
    assertThat(neverExercised).isEmpty();
    assertThat(lambdas).hasSizeGreaterThan(60);
  }

  @Test
  void aLambdaEditsTheHeldValueInsteadOfReplacingIt() {
    dev.llmisvc.api.v1alpha2.LLMInferenceService svc =
        sample(
            "/models/v1alpha2-every-field.yaml",
            dev.llmisvc.api.v1alpha2.LLMInferenceService.class);
    dev.llmisvc.api.v1alpha2.LLMInferenceService edited =
        svc.toBuilder()
            .spec(
                s ->
                    s.replicas(5)
                        .router(r -> r.scheduler(sch -> sch.template(t -> t.withHostname("h")))))
            .metadata(m -> m.addToLabels("extra", "1"))
            .build();
    assertThat(edited.spec().replicas()).contains(5);
    assertThat(edited.spec().model()).isEqualTo(svc.spec().model());
    assertThat(edited.spec().baseRefs()).isEqualTo(svc.spec().baseRefs());
    assertThat(edited.spec().template()).isEqualTo(svc.spec().template());
    assertThat(edited.spec().router().orElseThrow().route())
        .isEqualTo(svc.spec().router().orElseThrow().route());
    assertThat(edited.spec().router().orElseThrow().scheduler().orElseThrow().pool())
        .isEqualTo(svc.spec().router().orElseThrow().scheduler().orElseThrow().pool());
    assertThat(
            edited
                .spec()
                .router()
                .orElseThrow()
                .scheduler()
                .orElseThrow()
                .template()
                .orElseThrow()
                .get()
                .getHostname())
        .isEqualTo("h");
    assertThat(edited.metadata().get().getName()).isEqualTo("everything");
    assertThat(edited.metadata().get().getLabels())
        .containsEntry("extra", "1")
        .containsEntry("team", "a");
    assertThat(edited.status()).isEqualTo(svc.status());
  }

  @Test
  void anExplicitlySetValueIsWhatTheNextLambdaEdits() {
    dev.llmisvc.api.v1alpha2.LLMInferenceService svc =
        dev.llmisvc.api.v1alpha2.LLMInferenceService.builder()
            .spec(s -> s.model(m -> m.uri("hf://a/b")))
            .spec(s -> s.replicas(2))
            .build();
    assertThat(svc.spec().model().orElseThrow().uri()).isEqualTo("hf://a/b");
    assertThat(svc.spec().replicas()).contains(2);
  }

  @Test
  void aFreshBuilderStillStartsFromAnEmptyNestedValue() {
    dev.llmisvc.api.v1alpha1.LLMInferenceService svc =
        dev.llmisvc.api.v1alpha1.LLMInferenceService.builder().spec(s -> s.replicas(1)).build();
    assertThat(svc.spec())
        .isEqualTo(dev.llmisvc.api.v1alpha1.LLMInferenceServiceSpec.builder().replicas(1).build());
  }

  private static List<Object> samples() {
    List<Object> roots = new ArrayList<>();
    var v2 =
        sample(
            "/models/v1alpha2-every-field.yaml",
            dev.llmisvc.api.v1alpha2.LLMInferenceService.class);
    var v1 =
        sample(
            "/models/v1alpha1-every-field.yaml",
            dev.llmisvc.api.v1alpha1.LLMInferenceService.class);
    roots.add(v2);
    roots.add(v1);
    roots.add(
        dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig.builder()
            .metadata(v2.metadata())
            .spec(v2.spec())
            .build());
    roots.add(
        dev.llmisvc.api.v1alpha1.LLMInferenceServiceConfig.builder()
            .metadata(v1.metadata())
            .spec(v1.spec())
            .build());
    try (InputStream in =
        NestedEditTest.class.getResourceAsStream("/models/nested-edit-extras.yaml")) {
      for (JsonNode doc :
          LlmisvcMapper.readAll(new String(in.readAllBytes(), UTF_8), JsonNode.class)) {
        String version = doc.path("apiVersion").asText();
        String kind = doc.path("kind").asText();
        String type = "dev.llmisvc.api." + version.substring(version.indexOf('/') + 1) + "." + kind;
        roots.add(LlmisvcMapper.fromTree(doc, Class.forName(type)));
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return roots;
  }

  private static <T> T sample(String resource, Class<T> type) {
    try (InputStream in = NestedEditTest.class.getResourceAsStream(resource)) {
      return LlmisvcMapper.read(in, type);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects every model value (a type with {@code toBuilder()}) reachable through accessors. */
  private static void collect(Object value, Map<Class<?>, List<Object>> into) throws Exception {
    if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        collect(optional.get(), into);
      }
      return;
    }
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        collect(item, into);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Object item : map.values()) {
        collect(item, into);
      }
      return;
    }
    if (value == null || toBuilderMethod(value.getClass()) == null) {
      return;
    }
    into.computeIfAbsent(modelType(value.getClass()), k -> new ArrayList<>()).add(value);
    for (Method accessor : modelType(value.getClass()).getMethods()) {
      if (accessor.getParameterCount() == 0
          && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getDeclaringClass().getName().startsWith("dev.llmisvc.api")
          && !accessor.getName().equals("toBuilder")) {
        collect(accessor.invoke(value), into);
      }
    }
  }

  private static Class<?> modelType(Class<?> implementation) {
    Class<?> c = implementation;
    while (c.getSuperclass() != null
        && c.getSuperclass() != Object.class
        && c.getSimpleName().startsWith("Immutable")) {
      c = c.getSuperclass();
    }
    return c;
  }

  private static Method toBuilderMethod(Class<?> type) {
    try {
      return type.getMethod("toBuilder");
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object toBuilder(Object value) throws Exception {
    return toBuilderMethod(value.getClass()).invoke(value);
  }

  private static Object build(Object builder) throws Exception {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /**
   * The public one-argument {@code Consumer} overloads that set a nested value (not {@code add*}).
   */
  private static List<Method> lambdaOverloads(Class<?> builder) {
    Set<String> seen = new LinkedHashSet<>();
    List<Method> out = new ArrayList<>();
    for (Method m : builder.getMethods()) {
      if (m.getParameterCount() == 1
          && m.getParameterTypes()[0] == Consumer.class
          && !m.getName().startsWith("add")
          && !m.isBridge()
          && seen.add(m.getName())) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether {@code value} holds the nested object the lambda named {@code attribute} edits. */
  private static boolean holds(Object value, String attribute) throws Exception {
    Method accessor = modelType(value.getClass()).getMethod(attribute);
    Object nested = accessor.invoke(value);
    if (nested instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    Type type = accessor.getGenericReturnType();
    return nested != null && !(type instanceof ParameterizedType p && p.getRawType() == List.class);
  }
}
