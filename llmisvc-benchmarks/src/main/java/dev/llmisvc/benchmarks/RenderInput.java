package dev.llmisvc.benchmarks;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.render.Rendering;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two services {@link RenderBenchmark} renders, each with the objects its rendering must hold,
 * so that a broken composer or renderer fails the run instead of benchmarking fast. Public only
 * because JMH's generated code sets the {@code @Param}.
 */
public enum RenderInput {
  /**
   * {@code render/single-node-gpu.yaml}, the examples' single-node sample: one Deployment of three
   * replicas behind a managed gateway, route and scheduler (built-in presets {@code
   * kserve-config-llm-template}, {@code -scheduler}, {@code -router-route}).
   */
  SINGLE_NODE(
      "render/single-node-gpu.yaml",
      List.of(
          // workload: the Deployment and its Service
          "Deployment",
          "Service",
          // router: scheduler account and RBAC, scheduler Deployment and Service, pool, route
          "ServiceAccount",
          "ClusterRoleBinding",
          "Role",
          "RoleBinding",
          "Deployment",
          "Service",
          "InferencePool",
          "HTTPRoute")),

  /**
   * {@code render/pd-multi-node.yaml}, the renderer's {@code pd-multi-node} workload case:
   * prefill/decode, both sides multi-node data parallel ({@code worker} and {@code
   * prefill.worker}), so two LeaderWorkerSets, the multi-node RBAC and the router objects.
   */
  PD_MULTI_NODE(
      "render/pd-multi-node.yaml",
      List.of(
          // workload: the multi-node account and RBAC, the prefill's multi-node account, the
          // two LeaderWorkerSets, the routing sidecar's account and RBAC, the workload Service
          "ServiceAccount",
          "Role",
          "RoleBinding",
          "ServiceAccount",
          "LeaderWorkerSet",
          "LeaderWorkerSet",
          "ServiceAccount",
          "Role",
          "RoleBinding",
          "Service",
          // router, as for SINGLE_NODE
          "ServiceAccount",
          "ClusterRoleBinding",
          "Role",
          "RoleBinding",
          "Deployment",
          "Service",
          "InferencePool",
          "HTTPRoute"));

  private final String resource;
  private final List<String> expectedKinds;

  RenderInput(String resource, List<String> expectedKinds) {
    this.resource = resource;
    this.expectedKinds = expectedKinds;
  }

  /** The service's YAML text as checked in. */
  String text() {
    try (InputStream in = RenderInput.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The service, typed, as a user would hand it to the composer. */
  LLMInferenceService service() {
    return LlmisvcMapper.read(text(), LLMInferenceService.class);
  }

  /** The kinds of the rendered objects, in KServe's creation order. */
  List<String> expectedKinds() {
    return expectedKinds;
  }

  /** Fails when the composition did not succeed. */
  static void checkComposed(Composition<?> c) {
    if (!c.succeeded() || !c.condition().succeeded()) {
      throw new IllegalStateException(c.name() + ": composition failed: " + c.condition());
    }
  }

  /**
   * Fails when the rendering is not the one this input must give: other kinds, another order, or a
   * Go template left in the text.
   */
  void checkRendered(Rendering r) {
    List<String> kinds = r.objects().stream().map(HasMetadata::getKind).toList();
    if (!kinds.equals(expectedKinds)) {
      throw new IllegalStateException(
          this
              + ": rendered "
              + kinds.size()
              + " objects "
              + kinds
              + ", expected "
              + expectedKinds);
    }
    if (r.toYaml().contains("{{")) {
      throw new IllegalStateException(this + ": a template was left unrendered");
    }
  }
}
