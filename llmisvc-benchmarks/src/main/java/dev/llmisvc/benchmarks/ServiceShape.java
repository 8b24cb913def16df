package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.source.InMemoryConfigSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The service shapes of {@link MixBenchmark} and of the fleet ({@link Fleet}), each a copy of an
 * examples' sample or a renderer test case under {@code mix/}, with a config its composition must
 * apply, so that a composition that takes another path fails the run instead of being measured.
 * Public only because JMH's generated code sets the {@code @Param}.
 */
public enum ServiceShape {
  /**
   * The examples' single-node sample: three replicas behind a managed gateway, route, scheduler.
   */
  SINGLE_NODE_ROUTER("mix/single-node-router.yaml", false, "kserve-config-llm-scheduler"),

  /**
   * The examples' multi-node DP/EP sample: data and expert parallel over a LeaderWorkerSet worker,
   * no router.
   */
  MULTI_NODE_DP_EP("mix/multi-node-dp-ep.yaml", false, "kserve-config-llm-worker-data-parallel"),

  /** The examples' prefill/decode sample: two single-node Deployments and the router. */
  PREFILL_DECODE("mix/prefill-decode.yaml", false, "kserve-config-llm-prefill-template"),

  /**
   * The renderer's {@code pd-multi-node} case: prefill/decode, both sides multi-node data parallel
   * (two LeaderWorkerSets), and the router.
   */
  PD_MULTI_NODE("mix/pd-multi-node.yaml", false, "kserve-config-llm-prefill-worker-data-parallel"),

  /** The renderer's {@code lora-adapters} router case: two LoRA adapters and a scheduler. */
  LORA_ADAPTERS("mix/lora-adapters.yaml", false, "kserve-config-llm-scheduler"),

  /**
   * The examples' hardware-profile sample, a v1alpha1 service whose baseRef {@code my-gpu-profile}
   * ({@link #PROFILE}) lives in the system namespace.
   */
  HARDWARE_PROFILE("mix/hardware-profile.yaml", true, "my-gpu-profile");

  /** The baseRef of {@link #HARDWARE_PROFILE}, an LLMInferenceServiceConfig in {@code kserve}. */
  static final String PROFILE = "mix/my-gpu-profile.yaml";

  private final String resource;
  private final boolean v1alpha1;
  private final String requiredConfig;

  ServiceShape(String resource, boolean v1alpha1, String requiredConfig) {
    this.resource = resource;
    this.v1alpha1 = v1alpha1;
    this.requiredConfig = requiredConfig;
  }

  /** The shapes in the order the mix and the fleet cycle through them. */
  static final List<ServiceShape> ALL = List.of(values());

  /** The service's YAML text as checked in. */
  String text() {
    return text(resource);
  }

  /** The service as a resource tree. */
  ObjectNode tree() {
    return (ObjectNode) LlmisvcMapper.readTree(text());
  }

  /**
   * The service typed, as a user hands it to the composer: a v1alpha1 or a v1alpha2 {@code
   * LLMInferenceService}.
   */
  Object typed() {
    return v1alpha1
        ? LlmisvcMapper.read(text(), dev.llmisvc.api.v1alpha1.LLMInferenceService.class)
        : LlmisvcMapper.read(text(), dev.llmisvc.api.v1alpha2.LLMInferenceService.class);
  }

  /** Composes the typed service of {@link #typed()} with the method for its version. */
  static Composition<?> compose(Composer composer, Object typed) {
    if (typed instanceof dev.llmisvc.api.v1alpha2.LLMInferenceService s) {
      return composer.compose(s);
    }
    return composer.compose((dev.llmisvc.api.v1alpha1.LLMInferenceService) typed);
  }

  /** The configs the shapes need besides the built-in presets: {@link #PROFILE}. */
  static InMemoryConfigSource configs() {
    return InMemoryConfigSource.builder("kserve").add(profile(), PROFILE).build();
  }

  /** The hardware profile, as the config source holds it. */
  static ObjectNode profile() {
    return (ObjectNode) LlmisvcMapper.readTree(text(PROFILE));
  }

  /**
   * Fails when the composition did not succeed, left a Go template in the spec, or did not apply
   * the config this shape is about.
   */
  void checkComposed(Composition<?> c) {
    if (!c.succeeded() || !c.condition().succeeded() || c.spec().isEmpty()) {
      throw new IllegalStateException(this + ": composition failed: " + c.condition());
    }
    if (c.spec().get().toString().contains("{{")) {
      throw new IllegalStateException(this + ": a template was left unrendered");
    }
    List<String> applied = c.appliedConfigs().stream().map(AppliedConfigRef::name).toList();
    if (!applied.contains(requiredConfig)) {
      throw new IllegalStateException(
          this + ": applied configs " + applied + " do not include " + requiredConfig);
    }
  }

  private static String text(String resource) {
    try (InputStream in = ServiceShape.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
