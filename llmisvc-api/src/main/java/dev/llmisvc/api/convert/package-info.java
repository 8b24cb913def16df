/**
 * Conversion of {@code LLMInferenceService} and {@code LLMInferenceServiceConfig} trees between
 * v1alpha1 (the spoke) and v1alpha2 (the hub), with exactly KServe's gains and losses.
 */
package dev.llmisvc.api.convert;
