/**
 * Typed models of the Gateway API Inference Extension's InferencePool, in its two served API groups
 * ({@code inference.networking.k8s.io/v1} and {@code inference.networking.x-k8s.io/v1alpha2}).
 *
 * <p>Written by hand rather than generated with fabric8's java-generator: the schema is six spec
 * fields per version, the renderer needs exact control of field order and of which fields print
 * when empty (the v1alpha2 {@code failureMode} and {@code kind} have no {@code omitempty} in Go),
 * and a generator would add a build-time plugin and its dependencies for two small classes. The
 * CRDs they follow are vendored in {@code src/main/crds/gie} and pinned by tests.
 */
package dev.llmisvc.render.model.gie;
