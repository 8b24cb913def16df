/**
 * Embedding the library in a controller: {@link
 * dev.llmisvc.examples.reconcile.ReconcileLoopExample} reads {@code LLMInferenceService}s through a
 * fabric8 {@code KubernetesClient}, composes and renders them, and server-side applies the objects;
 * {@link dev.llmisvc.examples.reconcile.Outcome} says per service what happened.
 */
package dev.llmisvc.examples.reconcile;
