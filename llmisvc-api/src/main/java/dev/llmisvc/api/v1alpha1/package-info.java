/**
 * Immutable models of {@code serving.kserve.io/v1alpha1} LLMInferenceService and
 * LLMInferenceServiceConfig: the types that differ from v1alpha2 (criticality, GIE v1alpha2 pool).
 */
package dev.llmisvc.api.v1alpha1;
