/**
 * Immutable models of {@code serving.kserve.io/v1alpha2} (the hub and storage version)
 * LLMInferenceService and LLMInferenceServiceConfig: the types that differ from v1alpha1.
 */
package dev.llmisvc.api.v1alpha2;
